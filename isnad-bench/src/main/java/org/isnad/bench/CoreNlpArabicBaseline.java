package org.isnad.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.isnad.cli.bench.Baseline;

/**
 * Stanford CoreNLP's Arabic preprocessing, tokenize (with its clitic segmenter) + ssplit + pos, configured as
 * its own {@code StanfordCoreNLP-arabic.properties} from the Arabic models jar, minus the parser.
 */
public final class CoreNlpArabicBaseline implements Baseline {
    private StanfordCoreNLP pipeline;

    @Override
    public String name() {
        return "corenlp-ar";
    }

    @Override
    public String describe() {
        return "Stanford CoreNLP " + StanfordCoreNLP.class.getPackage().getImplementationVersion()
                + " Arabic tokenize+ssplit+pos (StanfordCoreNLP-arabic.properties)";
    }

    @Override
    public void load() throws IOException {
        Properties props = new Properties();
        try (InputStream in = CoreNlpArabicBaseline.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
            if (in == null) {
                throw new IOException("StanfordCoreNLP-arabic.properties not found: the CoreNLP Arabic models jar is missing");
            }
            props.load(in);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos");
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public int process(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc.tokens().size();
    }
}
