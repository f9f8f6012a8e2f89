package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Trains a one-pass tagger on the first 90% of ANERcorp train (shipped clusters, shared gazetteers)
 * and scores the last 10% with the evaluation scorer; skipped when ../shared/data is absent.
 */
class HeldOutScoreTest {
    private static final Path DATA = Path.of("../../shared/data");

    @Test
    void heldOutSliceOfTrainScoresAboveFloor() throws IOException {
        Path train = DATA.resolve("ner/anercorp/train.txt");
        Assumptions.assumeTrue(Files.exists(train), "shared data not present");
        List<TaggedSentence> all = ConllReader.read(train, TagMaps.IDENTITY);
        int cut = (int) Math.round(all.size() * 0.9);
        WordClusters clusters;
        try (InputStream in = getClass().getResourceAsStream("/org/isnad/ner/clusters.tsv.gz")) {
            Path tmp = Files.createTempFile("clusters", ".tsv.gz");
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            clusters = WordClusters.load(tmp);
            Files.delete(tmp);
        }
        NerTrainer trainer = new NerTrainer(new NerTrainer.Settings(6, 13, 1, FeatureConfig.ALL, 10f, 0), clusters,
            Gazetteer.load(DATA.resolve("gazetteers")));
        NerModel model = trainer.train(all.subList(0, cut), List.of(), "test");
        ChunkScorer sc = new NerEvaluator(new NerRecognizer(model, false), null).score(all.subList(cut, all.size()));
        double f1 = sc.score(null).f1();
        assertTrue(f1 >= 65.0, "held-out micro F1 " + f1);
        assertTrue(sc.score("LOC").f1() >= 75.0, "held-out LOC F1 " + sc.score("LOC").f1());
    }
}
