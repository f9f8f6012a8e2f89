package org.isnad.server.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Lucene analysis with Isnad's own Arabic folding: {@link FoldingTokenizer} (offsets into the
 * original text), lower case for Latin script, then optionally {@link LightStemFilter}.
 * The stemmed form serves recall (اشتباك finds الاشتباكات); the folded-only form ranks exact
 * word forms first.
 */
public final class IsnadAnalyzer extends Analyzer {
    private final boolean stem;

    private IsnadAnalyzer(boolean stem) {
        this.stem = stem;
    }

    /** Folded and stemmed terms. */
    public static IsnadAnalyzer stemming() {
        return new IsnadAnalyzer(true);
    }

    /** Folded terms only. */
    public static IsnadAnalyzer folding() {
        return new IsnadAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new FoldingTokenizer();
        TokenStream out = new LowerCaseFilter(source);
        if (stem) {
            out = new LightStemFilter(out);
        }
        return new TokenStreamComponents(source, out);
    }
}
