package org.isnad.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.ArabicTokenizer;
import org.isnad.arabic.MatchKey;
import org.isnad.core.model.Token;

/** Turns text into TF-IDF weighted, L2-normalized vectors of content-word match keys. */
final class TermVectors {
    /** Lucene's Arabic stop words, folded the way our keys are. */
    private static final CharArraySet STOP = ArabicAnalyzer.getDefaultStopSet();

    private final ArabicTokenizer tokenizer = new ArabicTokenizer();
    private final DocumentFrequencies df;

    TermVectors(DocumentFrequencies df) {
        this.df = df;
    }

    /** Content-word keys of a text, in order: letters only, two letters or more, no stop words. */
    List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        for (Token t : tokenizer.tokenize(text)) {
            String w = t.text();
            if (w.length() < 2 || !Character.isLetter(w.codePointAt(0)) || STOP.contains(w)
                    || STOP.contains(ArabicNormalizer.fold(w))) {
                continue;
            }
            String key = MatchKey.of(w);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The unit-length TF-IDF vector of a text. */
    Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String k : keys(text)) {
            v.merge(k, 1.0, Double::sum);
        }
        double norm = 0;
        for (var e : v.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * df.idf(e.getKey());
            e.setValue(w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double s = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                s += e.getValue() * w;
            }
        }
        return s;
    }
}
