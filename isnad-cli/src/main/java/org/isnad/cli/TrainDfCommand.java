package org.isnad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.stories.DocumentFrequencies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad train df}: document frequencies of match keys over unlabelled news, for story grouping. */
@Command(name = "df", mixinStandardHelpOptions = true,
        description = "Count document frequencies of Arabic match keys over gzipped one-document-per-line corpora.")
public final class TrainDfCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "gzipped corpora, one document per line")
    List<Path> corpora;

    @Option(names = "--out", required = true, description = "output file (.tsv.gz)")
    Path out;

    @Option(names = "--min-df", defaultValue = "3", description = "keep keys seen in at least this many documents (default ${DEFAULT-VALUE})")
    int minDf;

    @Override
    public Integer call() throws Exception {
        int kept = DocumentFrequencies.build(corpora, minDf, out);
        System.out.println("wrote " + kept + " keys to " + out);
        return 0;
    }
}
