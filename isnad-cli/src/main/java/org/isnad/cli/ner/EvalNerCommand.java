package org.isnad.cli.ner;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.ner.NerEvaluator;
import org.isnad.ner.NerModel;
import org.isnad.ner.NerRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval ner --data FILE}: scores the NER model on a CoNLL file (see {@link NerEvaluator}). */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score the Arabic NER model on a CoNLL file in the file's own tag set; last line: ner F1 = ...")
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "CoNLL file, 'token TAG' per line (e.g. ../shared/data/ner/anercorp/test.txt).")
    Path data;

    @Option(names = "--model", description = "Model file (default: the model shipped on the classpath).")
    Path model;

    @Option(names = "--no-rules", description = "Score the statistical tagger alone, without the rule layer.")
    boolean noRules;

    @Option(names = "--group-as", defaultValue = "O",
        description = "File label for predicted GROUP mentions, or O to drop them (ANERcorp leaves nationalities O). Default: ${DEFAULT-VALUE}")
    String groupAs;

    @Override
    public Integer call() throws Exception {
        NerRecognizer recognizer;
        if (model == null) {
            recognizer = NerRecognizer.fromClasspath();
            if (noRules) {
                recognizer = new NerRecognizer(recognizer.model(), false);
            }
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                recognizer = new NerRecognizer(NerModel.load(in), !noRules);
            }
        }
        new NerEvaluator(recognizer, groupAs.equals("O") ? null : groupAs).run(data, System.out);
        return 0;
    }
}
