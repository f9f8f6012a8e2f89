package org.isnad.stories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.Article;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;

/**
 * What the online grouper knows of one article: its TF-IDF vector (headline counted twice), the
 * headline's own vector, its lead's (headline and first {@value #LEAD_CHARS} characters), its salient terms for candidate retrieval, the folded names and places it
 * mentions, its outlet and publication time (seconds, or null when undated).
 */
record StoryDoc(int index, Map<String, Double> vector, Map<String, Double> titleVector, Map<String, Double> leadVector,
                List<String> salient, Set<String> names, Set<String> places, String outlet, Long time) {
    /** Characters of the body that count as its lead (news states the happening first). */
    static final int LEAD_CHARS = 500;
    /** Terms of a document used to look up candidate stories. */
    static final int SALIENT_TERMS = 25;

    static StoryDoc of(int index, Article a, List<Mention> mentions, TermVectors vectors) {
        Map<String, Double> v = vectors.vector(a.title() + "\n" + a.title() + "\n" + a.text());
        Map<String, Double> t = vectors.vector(a.title());
        Map<String, Double> lead = vectors.vector(a.title() + "\n" + a.text().substring(0, Math.min(LEAD_CHARS, a.text().length())));
        List<String> salient = new ArrayList<>(v.keySet());
        salient.sort(Comparator.comparing((String k) -> -v.get(k)).thenComparing(k -> k));
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.OTHER) {
                continue;
            }
            String key = nameKey(m.text());
            if (key.length() < 2) {
                continue;
            }
            names.add(key);
            if (m.type() == EntityType.LOCATION) {
                places.add(key);
            }
        }
        return new StoryDoc(index, v, t, lead, List.copyOf(salient.subList(0, Math.min(SALIENT_TERMS, salient.size()))),
                Set.copyOf(names), Set.copyOf(places), a.outlet(), time(a.published()));
    }

    /** The same document without its publication time. */
    StoryDoc undated() {
        return new StoryDoc(index, vector, titleVector, leadVector, salient, names, places, outlet, null);
    }

    /** A name's key: Isnad's one folding, without a leading definite article. */
    static String nameKey(String name) {
        String f = ArabicNormalizer.fold(name).strip().replaceAll("\\s+", " ");
        return f.startsWith("ال") && f.length() > 4 ? f.substring(2) : f;
    }

    /** Seconds since the epoch: the stated timestamp when there is one, else noon UTC of the day. */
    static Long time(DateValue d) {
        if (d == null) {
            return null;
        }
        if (d.text() != null) {
            try {
                return OffsetDateTime.parse(d.text().strip()).toEpochSecond();
            } catch (DateTimeParseException notATimestamp) {
                // a date as written in the text: fall back to its day
            }
        }
        if (d.precision() != DateValue.Precision.DAY) {
            return null;
        }
        try {
            return LocalDate.parse(d.value()).atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
