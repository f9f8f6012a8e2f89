package org.isnad.stories;

import java.util.HashMap;
import java.util.Map;
import org.isnad.arabic.ContentWords;

/** Turns text into TF-IDF weighted, L2-normalized vectors of content-word match keys. */
final class TermVectors {
    private final DocumentFrequencies df;

    TermVectors(DocumentFrequencies df) {
        this.df = df;
    }

    /** The unit-length TF-IDF vector of a text. */
    Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String k : ContentWords.keyList(text)) {
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
