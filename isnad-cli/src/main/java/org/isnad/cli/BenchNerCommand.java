package org.isnad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.ner.NerBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench ner}: model load time and single-thread tagging throughput of the NER. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Load the shipped NER model and tag the text of a CoNLL file on one thread; prints load time and tokens/s.")
public final class BenchNerCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data/ner/anercorp/test.txt",
            description = "CoNLL file whose tokens are tagged (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        NerBench.main(new String[] {data.toString(), Integer.toString(rounds)});
        return 0;
    }
}
