package org.isnad.server.search;

/**
 * A light Arabic stemmer for search over folded words (see {@link FoldingTokenizer}): it takes off
 * the article and conjunction prefixes {@code وال بال كال فال لل ال و} and the plural / dual /
 * feminine suffixes {@code ات ون ين ان ها ه}, leaving at least three letters.
 *
 * <p>Unlike Lucene's {@code ArabicStemmer} (light10) it never takes off a final {@code ي} nor
 * {@code يه} (folded {@code ية}): those end a nisba adjective or a family name (الفلاني،
 * الفلانية) that is a different word from the name without them (فلان), and collapsing the two
 * would make a search for one person return another.
 */
public final class LightStemmer {
    private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
    private static final String[] SUFFIXES = {"ات", "ون", "ين", "ان", "ها", "ه"};
    private static final int MIN_STEM = 3;

    private LightStemmer() {
    }

    /** The stem of a folded word; words that are not Arabic come back unchanged. */
    public static String stem(String word) {
        String w = word;
        for (String p : PREFIXES) {
            if (w.startsWith(p) && w.length() - p.length() >= MIN_STEM) {
                w = w.substring(p.length());
                break;
            }
        }
        if (w.equals(word) && w.startsWith("و") && w.length() - 1 > MIN_STEM) {
            w = w.substring(1);
        }
        for (String s : SUFFIXES) {
            if (w.endsWith(s) && w.length() - s.length() >= MIN_STEM) {
                if (s.equals("ه") && w.endsWith("يه")) {
                    continue; // feminine nisba: keep it apart from the bare name
                }
                w = w.substring(0, w.length() - s.length());
                break;
            }
        }
        return w;
    }
}
