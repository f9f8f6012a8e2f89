package org.isnad.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Prepares NewsFANE Gold (Alotaibi &amp; Lee 2014; {@code ../shared/data/ner/newsfane/train.txt}) as
 * training data in Isnad's tag set and in the shape of real text.
 * <ul>
 * <li>Tags: the 50 fine classes map to PERS (person subtypes), ORG (organization subtypes), LOC
 * (geo-political entities and natural locations), Group → GROUP or O, facilities / vehicles /
 * weapons / products → MISC or O ({@link #mapType}).</li>
 * <li>Clitics: NewsFANE separates them ({@code و الصادرات}, {@code تجارة ها}); proclitics و ف ب ل ك س
 * and a standalone article ال join the next word, enclitic pronouns (ه ها هم هما هن كم ني نا ي ك, and
 * the split-off ن ت of ني / verb endings) join the previous word, ة becomes ت before an enclitic,
 * and ل + ال becomes لل when that spelling is the attested one. The joined token takes its host's tag
 * (B- when a joined proclitic began the entity), then BIO is repaired.</li>
 * <li>Spelling: NewsFANE writes alef without hamza and final ى as ي; the tagger's features are all
 * on {@link ArabicText#fold} forms, which fold both, so no respelling is needed.</li>
 * <li>The stray standalone {@code ء} tokens (an artifact of the release, always O) are dropped.</li>
 * </ul>
 */
public final class NewsFane {
    private NewsFane() {
    }

    static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك", "س");
    static final Set<String> ENCLITICS = Set.of("ه", "ها", "هم", "هما", "هن", "كم", "ني", "نا", "ي", "ك", "ن", "ت");

    /** Isnad type of a NewsFANE fine class, or null for O. */
    public static String mapType(String fine, boolean group, boolean misc) {
        return switch (fine) {
            case "Politician", "Athlete", "Artist", "Religious_PER", "Scientist", "Businessperson", "Lawyer",
                 "Engineer", "Police", "Other_PER" -> "PERS";
            case "Group" -> group ? "GROUP" : null;
            case "Government", "Non-Governmental", "Media", "Commercial", "Educational", "Sports", "Religious_ORG",
                 "Entertainment", "Medical-Science" -> "ORG";
            case "Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent",
                 "Water-Body", "Land-Region-Natural", "Celestial" -> "LOC";
            default -> misc ? "MISC" : null; // facilities, vehicles, weapons, products
        };
    }

    static String mapTag(String tag, boolean group, boolean misc) {
        String fine = TagMaps.type(tag);
        if (fine.isEmpty()) {
            return "O";
        }
        String t = mapType(fine, group, misc);
        return t == null ? "O" : tag.substring(0, 2) + t;
    }

    private static boolean arabicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!ArabicText.isArabicLetter(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /**
     * Re-attaches separated clitics of one sentence (tags already mapped). {@code attested} says
     * whether a folded word is known from real text (used to choose لل over لال).
     */
    static TaggedSentence reattach(TaggedSentence s, Predicate<String> attested) {
        List<String> tok = s.tokens(), tag = s.tags();
        int n = tok.size();
        List<String> outT = new ArrayList<>(n);
        List<String> outY = new ArrayList<>(n);
        StringBuilder pre = new StringBuilder();
        String preTag = null; // tag of the first pending proclitic
        for (int i = 0; i < n; i++) {
            String w = tok.get(i), y = tag.get(i);
            String next = i + 1 < n ? tok.get(i + 1) : "";
            if (w.equals("ء") && y.equals("O")) {
                continue;
            }
            boolean prevWord = pre.isEmpty() && !outT.isEmpty() && arabicWord(outT.get(outT.size() - 1));
            // enclitic: after an Arabic word (ك before ما is the proclitic of كما)
            if (prevWord && ENCLITICS.contains(w) && !(w.equals("ك") && next.equals("ما"))
                && (!w.equals("ن") || next.equals("ي"))) {
                int last = outT.size() - 1;
                String host = outT.get(last);
                if (host.endsWith("ة")) {
                    host = host.substring(0, host.length() - 1) + "ت";
                }
                outT.set(last, host + w);
                continue;
            }
            // proclitic (or standalone article not inside a name: آل نهيان stays two words)
            boolean article = w.equals("ال") && !y.startsWith("I-");
            if ((PROCLITICS.contains(w) || article) && arabicWord(next) && next.length() > 1) {
                if (pre.isEmpty()) {
                    preTag = y;
                }
                pre.append(w);
                continue;
            }
            if (!pre.isEmpty() && arabicWord(w)) {
                String joined = lamAl(pre.toString(), w, attested);
                if (preTag.startsWith("B-") && y.length() > 2 && y.substring(2).equals(preTag.substring(2))) {
                    y = preTag;
                }
                w = joined;
            } else if (!pre.isEmpty()) {
                outT.add(pre.toString());
                outY.add(preTag);
            }
            pre.setLength(0);
            outT.add(lamAl("", w, attested));
            outY.add(y);
        }
        if (!pre.isEmpty()) {
            outT.add(pre.toString());
            outY.add(preTag);
        }
        return new TaggedSentence(outT, repair(outY));
    }

    /** Joins proclitics to a word; ل + ال... → لل... when the لل spelling is attested and لال is not. */
    static String lamAl(String pre, String w, Predicate<String> attested) {
        String joined = pre + w;
        int k = joined.indexOf("لال");
        if (k >= 0 && k <= 2 && k + 3 < joined.length()) {
            String ll = joined.substring(0, k) + "لل" + joined.substring(k + 3);
            if (attested.test(ArabicText.fold(ll)) && !attested.test(ArabicText.fold(joined))) {
                return ll;
            }
        }
        return joined;
    }

    /** I-X after anything but B-X / I-X becomes B-X. */
    static List<String> repair(List<String> tags) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            if (t.startsWith("I-")) {
                String prev = i == 0 ? "O" : out.get(i - 1);
                if (prev.equals("O") || !TagMaps.type(prev).equals(t.substring(2))) {
                    out.set(i, "B-" + t.substring(2));
                }
            }
        }
        return out;
    }

    /** Reads NewsFANE, maps tags and re-attaches clitics. */
    public static List<TaggedSentence> read(Path file, boolean group, boolean misc, Predicate<String> attested)
            throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        for (TaggedSentence s : ConllReader.read(file, t -> mapTag(t, group, misc))) {
            TaggedSentence r = reattach(s, attested);
            if (r.size() > 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** Folded word 6-grams of a sentence, joined by spaces. */
    static List<String> grams(TaggedSentence s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + GRAM <= s.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < i + GRAM; j++) {
                sb.append(ArabicText.fold(s.tokens().get(j))).append(' ');
            }
            out.add(sb.toString());
        }
        return out;
    }

    static final int GRAM = 6;

    static void write(Path file, List<TaggedSentence> data) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TaggedSentence s : data) {
                for (int i = 0; i < s.size(); i++) {
                    w.write(s.tokens().get(i) + " " + s.tags().get(i) + "\n");
                }
                w.write("\n");
            }
        }
    }

    /**
     * Decontamination: drops every sentence that shares any word 6-gram (folded) with {@code exclude}, and
     * every sentence shorter than six words that occurs whole inside an {@code exclude} sentence (the
     * near-duplicate test for short lines). Hygiene, not tuning: the excluded files are never scored here.
     */
    static List<TaggedSentence> decontaminate(List<TaggedSentence> data, List<TaggedSentence> exclude) {
        java.util.Set<String> ref = new java.util.HashSet<>();
        java.util.Set<String> shortRef = new java.util.HashSet<>();
        for (TaggedSentence s : exclude) {
            ref.addAll(grams(s));
            for (int k = 2; k < GRAM; k++) {
                for (int i = 0; i + k <= s.size(); i++) {
                    shortRef.add(joined(s, i, i + k));
                }
            }
        }
        List<TaggedSentence> out = new ArrayList<>();
        for (TaggedSentence s : data) {
            boolean hit = s.size() < GRAM ? s.size() >= 2 && shortRef.contains(joined(s, 0, s.size()))
                : grams(s).stream().anyMatch(ref::contains);
            if (!hit) {
                out.add(s);
            }
        }
        return out;
    }

    private static String joined(TaggedSentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            sb.append(ArabicText.fold(s.tokens().get(j))).append(' ');
        }
        return sb.toString();
    }

    /** Block size of the seeded NewsFANE-dev draw (consecutive sentences stay together: one story's lines). */
    static final int BLOCK = 20;

    /**
     * Seeded held-out draw: a {@code share} of the blocks of {@link #BLOCK} consecutive sentences of
     * {@code data}, drawn with {@code seed}. Returns the held-out sentence indices.
     */
    static java.util.BitSet drawDev(int size, double share, long seed) {
        List<Integer> blocks = new ArrayList<>();
        for (int b = 0; b * BLOCK < size; b++) {
            blocks.add(b);
        }
        java.util.Collections.shuffle(blocks, new java.util.Random(seed));
        java.util.BitSet dev = new java.util.BitSet();
        for (int b : blocks.subList(0, (int) Math.round(blocks.size() * share))) {
            dev.set(b * BLOCK, Math.min(size, (b + 1) * BLOCK));
        }
        return dev;
    }

    /**
     * {@code NewsFane IN OUTDIR anercorp=TRAIN test=TEST [group=GROUP|O] [misc=MISC|O] [clusters=FILE]
     * [devshare=0.1] [seed=13] [heldout=0.1]}. NewsFANE is first decontaminated against the ANERcorp
     * {@code test} file ({@link #decontaminate}); what remains is nearly all ANERcorp train's own sentences
     * annotated a second time. Writes:
     * <ul>
     * <li>{@code newsfane-train.txt}: the decontaminated NewsFANE (for the shipped model);</li>
     * <li>{@code newsfane-dev.txt}: a seeded draw of sentence blocks of it ({@link #drawDev}), always with
     * Group and MISC as O (scored on PERS/LOC/ORG);</li>
     * <li>{@code newsfane-train-tuning.txt}: the rest, also clear of ANERcorp's held-out tail;</li>
     * <li>{@code anercorp-train.txt} / {@code anercorp-dev.txt}: ANERcorp train's first 1-heldout
     * sentences, less those sharing a 6-gram with NewsFANE-dev (so the dev text is unseen in every tuning
     * run), and its last heldout sentences.</li>
     * </ul>
     */
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            a.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        boolean group = a.getOrDefault("group", "O").equals("GROUP");
        boolean misc = a.getOrDefault("misc", "O").equals("MISC");
        double held = Double.parseDouble(a.getOrDefault("heldout", "0.1"));
        WordClusters cl = WordClusters.load(Path.of(a.getOrDefault("clusters",
            "isnad-ner/src/main/resources/org/isnad/ner/clusters.tsv.gz")));
        Predicate<String> attested = f -> cl.code(f) >= 0;
        Files.createDirectories(outDir);
        List<TaggedSentence> an = ConllReader.read(Path.of(a.get("anercorp")), TagMaps.IDENTITY);
        List<TaggedSentence> test = ConllReader.read(Path.of(a.get("test")), TagMaps.IDENTITY);
        List<TaggedSentence> data = read(in, group, misc, attested);
        List<TaggedSentence> plain = read(in, false, false, attested);
        java.util.Set<TaggedSentence> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(decontaminate(plain, test));
        List<TaggedSentence> train = new ArrayList<>();
        List<TaggedSentence> trainPlain = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (kept.contains(plain.get(i))) {
                train.add(data.get(i));
                trainPlain.add(plain.get(i));
            }
        }
        java.util.BitSet dev = drawDev(train.size(), Double.parseDouble(a.getOrDefault("devshare", "0.1")),
            Long.parseLong(a.getOrDefault("seed", "13")));
        List<TaggedSentence> devOut = new ArrayList<>();
        List<TaggedSentence> rest = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (dev.get(i)) {
                devOut.add(trainPlain.get(i));
            } else {
                rest.add(train.get(i));
            }
        }
        int c2 = (int) Math.round(an.size() * (1 - held));
        List<TaggedSentence> anDev = an.subList(c2, an.size());
        List<TaggedSentence> tuning = decontaminate(rest, anDev);
        List<TaggedSentence> anTrain = decontaminate(an.subList(0, c2), devOut);
        write(outDir.resolve("newsfane-train.txt"), train);
        write(outDir.resolve("newsfane-dev.txt"), devOut);
        write(outDir.resolve("newsfane-train-tuning.txt"), tuning);
        write(outDir.resolve("anercorp-train.txt"), anTrain);
        write(outDir.resolve("anercorp-dev.txt"), anDev);
        System.out.printf("newsfane: %d sentences, %d kept after removing every sentence sharing a 6-gram with %s;"
                + " dev %d (%d blocks of %d, seed %s); tuning train %d (also clear of ANERcorp's held-out tail)"
                + " (group=%s misc=%s)%n", data.size(), train.size(), a.get("test"), devOut.size(),
            dev.cardinality() == 0 ? 0 : (devOut.size() + BLOCK - 1) / BLOCK, BLOCK, a.getOrDefault("seed", "13"),
            tuning.size(), group, misc);
        System.out.printf("anercorp: tuning train %d of the first %d (less NewsFANE-dev's text), held-out tail %d%n",
            anTrain.size(), c2, anDev.size());
    }
}
