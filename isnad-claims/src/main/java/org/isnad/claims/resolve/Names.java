package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.claims.text.Clitics;
import org.isnad.claims.text.Word;

/** Folded name tokens for matching, and the comparisons between names that resolution uses. */
final class Names {
    /** Name particles that never stand alone for a person: {@code أبو}, {@code بن}, {@code عبد}... */
    static final Set<String> PARTICLES = Set.of("ابو", "ابي", "ام", "بن", "ابن", "بنت", "عبد", "ال", "آل", "ولد");
    /** First parts of compound names after which {@code ال} belongs to the name: {@code عبد الله}, {@code أبو الفضل}. */
    private static final Set<String> COMPOUND = Set.of("عبد", "ابو", "ابي", "ام", "نور", "سيف", "شمس", "صلاح", "عز",
            "بدر", "جمال", "علاء", "سعد", "ضياء", "شرف", "بهاء", "زين", "محيي", "تقي", "نصر", "عماد");

    private Names() {
    }

    /** Folded tokens of a name's words (punctuation skipped), the article {@code ال} removed except in compounds. */
    static List<String> tokens(List<Word> words) {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (Word w : words) {
            if (w.punct()) {
                continue;
            }
            String f = w.folded();
            out.add(COMPOUND.contains(previous) ? f : Clitics.stripArticle(f));
            previous = f;
        }
        return out;
    }

    /**
     * True when {@code a} and {@code b} are the same folded word up to one deleted letter, the shorter
     * having at least four letters: {@code سليمان}/{@code سلمان} yes, {@code سمير}/{@code سمر} no.
     */
    static boolean oneDeletion(String a, String b) {
        if (a.length() == b.length() + 1) {
            return oneDeletion(b, a);
        }
        if (b.length() != a.length() + 1 || a.length() < 4) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * Spelling variants: same number of tokens, all equal but one, which differs by
     * {@link #oneDeletion}; for names of two or more tokens the first token (the given name) must be
     * equal, so two different people who share a family name are never joined.
     */
    static boolean spellingVariant(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.equals(b)) {
            return false;
        }
        int diff = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        if (a.size() >= 2 && diff == 0) {
            return false;
        }
        return oneDeletion(a.get(diff), b.get(diff));
    }

    /**
     * True when the shorter name is a short form of the longer: one token of it that is not a
     * particle, a subsequence of two or more tokens with the same first and last token, or its last
     * tokens when they start with a particle (a compound family name: {@code عبد الرحمن}).
     */
    static boolean shortFormOf(List<String> shorter, List<String> longer) {
        if (shorter.size() >= longer.size()) {
            return false;
        }
        if (shorter.size() == 1) {
            String t = shorter.get(0);
            return !PARTICLES.contains(t) && t.length() >= 2 && longer.contains(t);
        }
        if (PARTICLES.contains(shorter.get(0)) && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
            return true; // a compound family name after a full mention: عبد الرحمن for رامي عبد الرحمن
        }
        if (!shorter.get(0).equals(longer.get(0))
                || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))) {
            return false;
        }
        int j = 0;
        for (String t : longer) {
            if (j < shorter.size() && shorter.get(j).equals(t)) {
                j++;
            }
        }
        return j == shorter.size();
    }

    /**
     * The consonant skeleton of a folded word, for transliterated names: long vowels ا و ي dropped
     * after the first letter, a final ت or ه read as ه, a final ش as س ({@code غوتيريش} / {@code غوتيريس},
     * {@code باشيليت} / {@code باشليه}, {@code الاميركيه} / {@code الامريكيه}).
     */
    static String skeleton(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي')) {
                continue;
            }
            if (i == w.length() - 1 && i > 0) {
                c = c == 'ت' ? 'ه' : c == 'ش' ? 'س' : c;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Transliteration variants: same number of tokens, the first token written the same (a given name
     * or a head), every other token equal or with the same {@link #skeleton} of at least four letters and
     * both spellings at least five letters long; at least one token differs. A one-token name needs
     * the same of its only token.
     */
    static boolean transliterationVariant(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.equals(b) || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) {
                continue;
            }
            if (i == 0 && a.size() > 1 || x.length() < 5 || y.length() < 5 || skeleton(x).length() < 4
                    || !skeleton(x).equals(skeleton(y))) {
                return false;
            }
        }
        return true;
    }
}
