package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.core.model.Dossier;
import org.isnad.output.DossierJson;
import org.isnad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles and stories analysed in parallel give the dossier of one thread, byte for byte (time aside). */
class ThreadsDeterminismTest {
    @Test
    void oneAndFourThreadsGiveTheSameDossier(@TempDir Path dir) throws IOException {
        int articles = writeCorpus(dir);
        assertTrue(articles > 30, "articles: " + articles);
        // separate pipelines: one's story cache must not answer for the other
        Dossier one = Pipeline.standard().withThreads(1).run(List.of(dir), Pipeline.Progress.NONE);
        Dossier four = Pipeline.standard().withThreads(4).run(List.of(dir), Pipeline.Progress.NONE);
        assertTrue(one.stories().size() > 3, "several stories: " + one.stories().size());
        assertTrue(one.claims().stream().anyMatch(c -> !c.corroboratedBy().isEmpty()), "linked claims");
        assertEquals(json(one), json(four));
    }

    /** The seeds, and each of their paragraphs as an article of its own (so there are several stories). */
    private static int writeCorpus(Path dir) throws IOException {
        int n = 0;
        try (Stream<Path> seeds = Files.list(AnalyzeCommandTest.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed);
                Files.writeString(dir.resolve(seed.getFileName()), text);
                n++;
                String[] paragraphs = text.split("\n\\s*\n");
                for (int p = 1; p < paragraphs.length; p++) {
                    String para = paragraphs[p].strip();
                    if (para.length() < 200) {
                        continue;
                    }
                    String title = para.substring(0, para.indexOf(' ', 60));
                    Files.writeString(dir.resolve(seed.getFileName() + "-p" + p + ".txt"), title + "\n\n" + para);
                    n++;
                }
            }
        }
        return n;
    }

    private static String json(Dossier d) {
        return DossierJson.toString(new Dossier(Instant.EPOCH, d.articles(), d.entities(), d.events(), d.claims(),
                d.stories(), d.errors(), d.provenance()));
    }
}
