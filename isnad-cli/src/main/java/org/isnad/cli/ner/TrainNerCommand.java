package org.isnad.cli.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.ner.FeatureConfig;
import org.isnad.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad train ner}: trains the Arabic NER model (see {@link NerTraining}). */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train the Arabic NER tagger (averaged perceptron + Viterbi) and write the model file.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--data", split = ",", defaultValue = "../shared/data/ner/anercorp/train.txt",
        description = "Training files, CoNLL 'token TAG' (AQMAR and Wojood tags are mapped by file name). Default: ${DEFAULT-VALUE}")
    List<Path> data;

    @Option(names = "--gazetteers", defaultValue = "../shared/data/gazetteers", description = "Gazetteer directory. Default: ${DEFAULT-VALUE}")
    Path gazetteers;

    @Option(names = "--clusters", defaultValue = "isnad-ner/src/main/resources/org/isnad/ner/clusters.tsv.gz",
        description = "Word-cluster file to use, or to write when --unlabelled is given. Default: ${DEFAULT-VALUE}")
    Path clusters;

    @Option(names = "--unlabelled", description = "Directory of *.gz unlabelled text: (re)build the word clusters first.")
    Path unlabelled;

    @Option(names = "--vocab", defaultValue = "200000", description = "Words to cluster. Default: ${DEFAULT-VALUE}")
    int vocab;

    @Option(names = "--epochs", defaultValue = "10", description = "Perceptron epochs. Default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--seed", defaultValue = "13", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--min-count", defaultValue = "1", description = "Drop features seen fewer times. Default: ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--held-out", defaultValue = "0", description = "Fraction of the first file's last sentences held out for a score (0: train on all). Default: ${DEFAULT-VALUE}")
    double heldOut;

    @Option(names = "--o-penalty", defaultValue = "12", description = "Score subtracted from O at decoding (recall vs precision). Default: ${DEFAULT-VALUE}")
    float oPenalty;

    @Option(names = "--window", defaultValue = "50",
        description = "Second pass with document memory over this many sentences either side when a file has no document boundaries (0: one pass). Default: ${DEFAULT-VALUE}")
    int window;

    @Option(names = "--runs", defaultValue = "1",
        description = "Perceptron runs per pass from different sentence orders (seed, seed+7919, ...), their averaged weights averaged. Default: ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--span-gazetteer", description = "Add span-level gazetteer features (longest match after clitic stripping, length, position).")
    boolean spanGazetteer;

    @Option(names = "--wide-cues", description = "Add cue-word features within ±3 tokens.")
    boolean wideCues;

    @Option(names = "--conjunctions", description = "Add cluster x word / article conjunction features.")
    boolean conjunctions;

    @Option(names = "--no-clusters", description = "Train without word clusters.")
    boolean noClusters;

    @Option(names = "--no-gazetteer", description = "Train without gazetteer features.")
    boolean noGazetteer;

    @Option(names = "--out", defaultValue = "isnad-ner/src/main/resources/org/isnad/ner/ner-model.bin.gz",
        description = "Model file to write. Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() throws Exception {
        FeatureConfig features = new FeatureConfig(!noClusters, !noGazetteer, true, true, !noClusters, false, false)
            .withExtras(spanGazetteer, wideCues, conjunctions);
        NerTraining.run(new NerTraining.Request(data, gazetteers, clusters, unlabelled, vocab, epochs, seed, minCount,
            features, oPenalty, window, heldOut, out, runs), System.out);
        return 0;
    }
}
