package org.isnad.claims.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.MatchKey;
import org.isnad.claims.text.Word;
import org.isnad.claims.text.Words;

/**
 * Turns a statement pair into sparse binary features: how much of each side the other covers, the
 * stems found on one side only and their character trigrams, the word alignment (substitutions
 * versus insertions, and each substituted pair of stems, so that antonyms such as a rise on one
 * side and a fall on the other are learned from data), optionally every crossed pair of unmatched
 * stems, direction/attitude poles, negation and denial cues present on one side only, and
 * differing numbers.
 *
 * <p>Words are folded and light-stemmed: {@link MatchKey} (Lucene's Arabic light stemmer on the folded word).
 */
public final class StanceFeatures {
    /** Negation, denial and doubt cues (folded): a cue on one side only often means disagreement. */
    static final Set<String> NEGATION = Set.of("لا", "لم", "لن", "ليس", "ليست", "غير", "نفي", "ينفي", "تنفي",
            "نفت", "عدم", "دون", "بدون", "رفض", "يرفض", "ترفض", "كذب", "يكذب", "تكذب", "شايعات", "شايعه", "مزاعم",
            "حقيقه", "ما", "لسنا", "ليسوا", "بلا", "تراجع", "الغاء", "وقف", "توقف", "منع", "يمنع", "فشل", "نفى");

    /**
     * Direction and attitude words of general news language (folded; matched as prefixes of a stem
     * with any verbal prefix {@code ي ت ن} removed): a word of one pole on one side only and of the
     * other pole on the other side only suggests disagreement; the same pole on both, agreement.
     */
    static final Map<String, String> POLES = poles(Map.of(
            "UP", "ارتفاع رتفع صعود صعد زياده زيد زاد قفز نمو ينمو تعافي تعاف انتعاش انتعش ربح ارباح مكاسب كسب تحسن اعلي اكبر اكثر تجاوز تفوق",
            "DOWN", "انخفاض نخفض خفض تخفيض هبوط هبط تراجع هوي خساير خساره خسر انهيار نهار تدهور ادني اقل اصغر انكماش ضعف تقلص قلص",
            "POS", "دعم يؤيد تاييد ايد ترحيب رحب شاد اشاده وافق موافقه قبول قبل سماح سمح فتح اتفاق سلام تعاون نجاح نجح فوز فاز افراج سراح حيا",
            "NEG", "منع رفض عارض معارضه غلق اغلاق انتقد انتقاد احتجاج ادان ادانه حظر خلاف حرب فشل هزيمه هزم اعتقال سجن موت وفاه مقتل قتل تهديد هدد"));
    private final Options options;

    /**
     * Which feature families are on; {@link #defaults()} is the shipped configuration, chosen by
     * 5-fold cross-validation on the ANS train split.
     */
    public record Options(boolean crossPairs, boolean charGrams, boolean directional, boolean order, boolean skeletons,
                          boolean poles) {
        public static Options defaults() {
            return new Options(true, true, true, true, false, true);
        }

        /** The options as written in a model file header, e.g. {@code cross=true grams=true dir=true}. */
        public String describe() {
            return "cross=" + crossPairs + " grams=" + charGrams + " dir=" + directional + " order=" + order
                    + " skel=" + skeletons + " poles=" + poles;
        }

        /** Parses {@link #describe()}. */
        public static Options parse(String s) {
            return new Options(s.contains("cross=true"), s.contains("grams=true"), s.contains("dir=true"),
                    s.contains("order=true"), s.contains("skel=true"), s.contains("poles=true"));
        }
    }

    public StanceFeatures(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /**
     * How much the two statements share: of each side's distinct stems, the share that has an
     * exact or near counterpart on the other side; the smaller of the two shares (0..1). On the ANS
     * train split no agreeing pair falls below 0.1.
     */
    public double overlap(String first, String second) {
        return overlap(Statement.of(first), Statement.of(second));
    }

    /** {@link #overlap(String, String)} of statements analysed beforehand. */
    public static double overlap(Statement first, Statement second) {
        Set<String> sa = first.distinctStems();
        Set<String> sb = second.distinctStems();
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        return Math.min(1.0 - (double) unmatched(first, second).size() / sa.size(),
                1.0 - (double) unmatched(second, first).size() / sb.size());
    }

    /** The features of the pair ({@code first}, {@code second}); names are stable strings. */
    public List<String> extract(String first, String second) {
        return extract(Statement.of(first), Statement.of(second));
    }

    /** {@link #extract(String, String)} of statements analysed beforehand (same features, same order). */
    public List<String> extract(Statement first, Statement second) {
        Set<String> sa = first.distinctStems();
        Set<String> sb = second.distinctStems();
        List<String> onlyA = unmatched(first, second);
        List<String> onlyB = unmatched(second, first);
        List<String> f = new ArrayList<>();
        f.add("bias");
        double coverA = sa.isEmpty() ? 0 : 1.0 - (double) onlyA.size() / sa.size();
        double coverB = sb.isEmpty() ? 0 : 1.0 - (double) onlyB.size() / sb.size();
        f.add("covA=" + bin(coverA));
        f.add("covB=" + bin(coverB));
        f.add("covMin=" + bin(Math.min(coverA, coverB)));
        f.add("nA=" + Math.min(onlyA.size(), 5));
        f.add("nB=" + Math.min(onlyB.size(), 5));
        f.add("nAB=" + Math.min(onlyA.size(), 3) + "/" + Math.min(onlyB.size(), 3));
        if (options.order()) {
            alignment(first, second, f);
        }
        for (String w : onlyA) {
            f.add("o:" + w);
            if (options.skeletons()) {
                f.add("ok:" + first.skeleton(w));
            }
            if (options.directional()) {
                f.add("oA:" + w);
            }
            grams(w, f);
        }
        for (String w : onlyB) {
            f.add("o:" + w);
            if (options.skeletons()) {
                f.add("ok:" + second.skeleton(w));
            }
            if (options.directional()) {
                f.add("oB:" + w);
            }
            grams(w, f);
        }
        if (options.crossPairs()) {
            for (String x : onlyA) {
                for (String y : onlyB) {
                    f.add("p:" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x));
                    if (options.skeletons()) {
                        String kx = first.skeleton(x);
                        String ky = second.skeleton(y);
                        f.add("k:" + (kx.compareTo(ky) < 0 ? kx + "|" + ky : ky + "|" + kx));
                    }
                }
            }
        }
        if (options.poles()) {
            poles(onlyA, onlyB, f);
        }
        negation(sa, sb, f);
        numbers(sa, sb, f);
        if (first.text().contains("؟") != second.text().contains("؟")) {
            f.add("question1side");
        }
        return f;
    }

    private static Map<String, String> poles(Map<String, String> lists) {
        Map<String, String> out = new java.util.HashMap<>();
        lists.forEach((pole, words) -> {
            for (String w : words.split(" ")) {
                out.put(w, pole);
            }
        });
        return Map.copyOf(out);
    }

    /** The pole of a stem, or null: the stem or the stem without a verbal prefix starts with a listed word. */
    static String pole(String stem) {
        for (int strip = 0; strip <= 1 && strip < stem.length(); strip++) {
            if (strip == 1 && "يتن".indexOf(stem.charAt(0)) < 0) {
                break;
            }
            String s = stem.substring(strip);
            for (int len = Math.min(s.length(), 6); len >= 3; len--) {
                String pole = POLES.get(s.substring(0, len));
                if (pole != null) {
                    return pole;
                }
            }
        }
        return null;
    }

    private static void poles(List<String> onlyA, List<String> onlyB, List<String> f) {
        Set<String> pa = new java.util.TreeSet<>();
        Set<String> pb = new java.util.TreeSet<>();
        onlyA.stream().map(StanceFeatures::pole).filter(java.util.Objects::nonNull).forEach(pa::add);
        onlyB.stream().map(StanceFeatures::pole).filter(java.util.Objects::nonNull).forEach(pb::add);
        for (String x : pa) {
            for (String y : pb) {
                f.add("pole:" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x));
            }
        }
        if (pa.isEmpty() != pb.isEmpty()) {
            f.add("pole:oneSide");
        }
    }

    private void grams(String w, List<String> f) {
        if (!options.charGrams() || w.length() < 3) {
            return;
        }
        String p = "#" + w + "#";
        for (int i = 0; i + 3 <= p.length(); i++) {
            f.add("g:" + p.substring(i, i + 3));
        }
    }

    private static void negation(Set<String> a, Set<String> b, List<String> f) {
        boolean na = false;
        boolean nb = false;
        for (String w : a) {
            if (NEGATION.contains(w) && !b.contains(w)) {
                f.add("neg1:" + w);
                na = true;
            }
        }
        for (String w : b) {
            if (NEGATION.contains(w) && !a.contains(w)) {
                f.add("neg1:" + w);
                nb = true;
            }
        }
        f.add("neg=" + na + "/" + nb);
    }

    private static void numbers(Set<String> a, Set<String> b, List<String> f) {
        Set<String> na = new LinkedHashSet<>();
        Set<String> nb = new LinkedHashSet<>();
        a.stream().filter(StanceFeatures::isNumber).forEach(na::add);
        b.stream().filter(StanceFeatures::isNumber).forEach(nb::add);
        if (!na.isEmpty() && !nb.isEmpty()) {
            f.add(na.equals(nb) ? "num=same" : "num=diff");
        } else if (!na.isEmpty() || !nb.isEmpty()) {
            f.add("num=oneSide");
        }
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** Stems of {@code a} with no exact or near (shared 4-letter prefix / one edit) counterpart in {@code b}. */
    private static List<String> unmatched(Statement a, Statement b) {
        Set<String> bs = b.distinctStems();
        List<String> out = new ArrayList<>();
        for (String w : a.distinctStems()) {
            if (bs.contains(w)) {
                continue;
            }
            String kw = a.skeleton(w);
            boolean found = false;
            for (String v : bs) {
                if (near(w, kw, v, b.skeleton(v))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean near(String x, String y) {
        return near(x, skeleton(x), y, skeleton(y));
    }

    /** {@link #near(String, String)} with both skeletons at hand ({@code kx}, {@code ky}). */
    static boolean near(String x, String kx, String y, String ky) {
        if (kx.length() >= 2 && kx.equals(ky)) {
            return true;
        }
        if (x.length() >= 4 && y.length() >= 4 && x.regionMatches(0, y, 0, 4)) {
            return true;
        }
        if (Math.abs(x.length() - y.length()) > 1 || Math.min(x.length(), y.length()) < 3) {
            return false;
        }
        return editDistanceAtMostOne(x, y);
    }

    static boolean editDistanceAtMostOne(String x, String y) {
        if (x.length() > y.length()) {
            return editDistanceAtMostOne(y, x);
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            return x.substring(i + Math.min(1, x.length() - i)).equals(y.substring(i + Math.min(1, y.length() - i)));
        }
        return x.substring(i).equals(y.substring(i + 1));
    }

    /** Folded, light-stemmed words of a statement, punctuation dropped. */
    static List<String> stems(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : Words.of(s)) {
            if (w.punct()) {
                continue;
            }
            String f = w.folded();
            if (NEGATION.contains(f) || isNumber(f)) {
                out.add(f);
                continue;
            }
            String key = MatchKey.of(f);
            out.add(key.length() >= 2 ? key : f);
        }
        return out;
    }

    /**
     * A crude consonantal skeleton: verbal and derivational prefixes ({@code ي ت ن ا م}) and the
     * long vowels {@code ا و ي} after the first letter are removed, so that {@code يرحل} and
     * {@code رحيل}, or {@code ترتفع} and {@code ارتفاع}, meet. A stripped form is kept only if three letters or more
     * remain; otherwise the stem itself.
     */
    static String skeleton(String stem) {
        String w = stem.endsWith("ه") && stem.length() >= 4 ? stem.substring(0, stem.length() - 1) : stem;
        String best = w;
        for (int strip = 0; strip <= 2 && strip < w.length(); strip++) {
            if (strip > 0 && "يتناام".indexOf(w.charAt(strip - 1)) < 0) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = strip; i < w.length(); i++) {
                char c = w.charAt(i);
                if (i > strip && (c == 'ا' || c == 'و' || c == 'ي')) {
                    continue;
                }
                sb.append(c);
            }
            if (sb.length() >= 3 || strip == 0) {
                best = sb.toString();
            }
        }
        return best;
    }

    /**
     * Aligns the two stem sequences by their longest common subsequence (stems equal or
     * {@link #near}) and describes the gaps between aligned words: a gap with words on both sides is
     * a substitution (typical of a contradiction made by changing one word), a gap on one side only
     * an insertion (typical of a paraphrase). Substituted pairs become features of their own.
     */
    private void alignment(Statement first, Statement second, List<String> f) {
        List<String> a = first.stems();
        List<String> b = second.stems();
        List<String> ka = first.skeletons();
        List<String> kb = second.skeletons();
        int n = a.size();
        int m = b.size();
        int[][] t = new int[n + 1][m + 1];
        boolean[][] same = new boolean[n][m];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                same[i][j] = a.get(i).equals(b.get(j)) || near(a.get(i), ka.get(i), b.get(j), kb.get(j));
                t[i][j] = same[i][j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        int common = t[0][0];
        f.add("lcs=" + bin((double) common / Math.max(1, Math.max(n, m))));
        f.add("lcsN=" + Math.min(Math.max(n, m) - common, 6));
        int subs = 0;
        int ins = 0;
        int i = 0;
        int j = 0;
        List<String> gapA = new ArrayList<>();
        List<String> gapB = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && same[i][j] && t[i][j] == t[i + 1][j + 1] + 1) {
                if (!gapA.isEmpty() || !gapB.isEmpty()) {
                    if (gap(first, second, gapA, gapB, f)) {
                        subs++;
                    } else {
                        ins++;
                    }
                }
                gapA.clear();
                gapB.clear();
                i++;
                j++;
            } else if (j >= m || (i < n && t[i + 1][j] >= t[i][j + 1])) {
                gapA.add(a.get(i++));
            } else {
                gapB.add(b.get(j++));
            }
        }
        if (!gapA.isEmpty() || !gapB.isEmpty()) {
            if (gap(first, second, gapA, gapB, f)) {
                subs++;
            } else {
                ins++;
            }
        }
        f.add("subs=" + Math.min(subs, 3));
        f.add("ins=" + Math.min(ins, 3));
        f.add("subsIns=" + Math.min(subs, 2) + "/" + Math.min(ins, 2));
    }

    /** Adds features of one gap; true when it is a substitution. */
    private boolean gap(Statement first, Statement second, List<String> gapA, List<String> gapB, List<String> f) {
        if (gapA.isEmpty() || gapB.isEmpty()) {
            return false;
        }
        if (gapA.size() <= 2 && gapB.size() <= 2) {
            f.add("subLen=" + gapA.size() + "/" + gapB.size());
            for (String x : gapA) {
                for (String y : gapB) {
                    String kx = first.skeleton(x);
                    String ky = second.skeleton(y);
                    f.add("s:" + (kx.compareTo(ky) < 0 ? kx + "|" + ky : ky + "|" + kx));
                }
            }
        }
        return true;
    }

    private static String bin(double x) {
        return Integer.toString((int) Math.round(x * 5));
    }
}
