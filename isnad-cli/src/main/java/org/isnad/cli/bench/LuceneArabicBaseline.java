package org.isnad.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The floor: Lucene's {@link ArabicAnalyzer} (tokenize, normalize, stop words, light stemming) over each text. */
public final class LuceneArabicBaseline implements Baseline {
    private ArabicAnalyzer analyzer;

    @Override
    public String name() {
        return "lucene-ar";
    }

    @Override
    public String describe() {
        return "Lucene " + org.apache.lucene.util.Version.LATEST + " ArabicAnalyzer (tokenize, normalize, stop words, light stem)";
    }

    @Override
    public void load() {
        analyzer = new ArabicAnalyzer();
    }

    @Override
    public int process(String text) {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
