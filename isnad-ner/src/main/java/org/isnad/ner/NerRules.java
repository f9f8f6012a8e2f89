package org.isnad.ner;

import java.util.Set;

/**
 * Rules applied on top of the statistical tags. Over tokens the model left O, for patterns whose
 * names are too rare for statistics: a kunya أبو X with an optional nisba (PERS), an institution head
 * in construct state with its definite complement and adjectives (ORG), an organization head before a
 * name (ORG), and nationality or community plurals used as a people
 * (GROUP). Over the model's own chunks: a chunk ends before a reporting word or a preposition glued to
 * another name, a lone month name or a predicate after a pronoun is no name, and a preposition glued
 * to a known name is left out of the mention. A "name" here is a token that is not function
 * vocabulary and is either in the gazetteer or rare in the unlabelled corpus. Each rule's measured
 * effect is listed in the module README (ablation table).
 */
final class NerRules {
    /** Words at most this frequent (log2 bucket of unlabelled count) count as name-like. */
    static final int RARE_BUCKET = 6;
    /** The same for definite (ال-) words, which are mostly common nouns. */
    static final int RARE_DEFINITE_BUCKET = 3;

    private static final Set<String> ORG_RULE = keys("كتيبة", "فرقة", "هيئة", "وزارة", "وكالة", "المرصد", "قوات",
        "حركة", "حزب", "جبهة", "لواء", "جماعة", "تنظيم", "سرايا", "كتائب", "ألوية", "فيلق", "تجمع");
    private static final Set<String> ARMED_HEADS = keys("كتيبة", "كتائب", "سرايا", "ألوية", "فيلق", "لواء");
    /** Quotation marks that may open or close a quoted name, straight, curly or angled. */
    private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "„");
    /**
     * Heads of institution names in construct state (وزارة الداخلية، مجلس الأمن الدولي، قوات النظام
     * السوري): the name is the head and the definite words after it, with nisba adjectives.
     */
    private static final Set<String> INSTITUTION_HEADS = folded("وزارة", "مجلس", "قوات", "قيادة", "هيئة", "وكالة",
        "منظمة", "حزب", "شركة", "جماعة", "جيش", "محكمة", "مفوضية", "جهاز", "مديرية", "جبهة", "حرس", "اتحاد");
    /** Definite heads named by the adjectives after them (الحرس الثوري، الهلال الأحمر، الجيش الحر). */
    private static final Set<String> DEFINITE_INSTITUTION_HEADS = folded("الحرس", "الهلال", "الصليب", "الجيش",
        "الشرطة");
    /** Heads whose names may join two words with و (حزب العدالة والتنمية). */
    private static final Set<String> COORDINATE_HEADS = folded("حزب", "جبهة", "هيئة", "منظمة");
    /** Day names: a date after a name (محكمة الجنايات السبت), never part of it. */
    private static final Set<String> DAYS = folded("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
        "الخميس", "الجمعة");
    /** Month names (Levantine and Western): never an organization or person on their own. */
    private static final Set<String> MONTHS = folded("كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
        "أيلول", "تشرين", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    /** Standalone pronouns: the word after one is a predicate (أنا سعيد), not a name. */
    private static final Set<String> PRONOUNS = folded("أنا", "نحن", "أنت", "أنتم");
    /** Words that end a name when the model runs a chunk into them: reporting verbs and nouns. */
    private static final Set<String> SPAN_ENDS = folded("قوله", "قولها", "قولهم", "قال", "قالت", "يقول", "تقول", "أن",
        "إن", "بأن", "وأن", "وإن", "الذي", "التي");
    private static final Set<String> ORG_RULE_DEFINITE = Set.of(ArabicText.fold("المرصد"));
    private static final Set<String> STOP = Set.of(
        "في", "من", "الي", "علي", "عن", "ان", "قد", "لم", "لن", "ما", "لا", "هو", "هي", "هم", "الذي", "التي",
        "الذين", "مع", "بعد", "قبل", "عند", "حول", "خلال", "منذ", "كان", "كانت", "يكون", "قال", "اكد", "اعلن",
        "اليوم", "امس", "غدا", "وقال", "واكد", "هذا", "هذه", "ذلك", "تلك", "كل", "بين", "حتي", "او", "ثم", "لقد",
        "انه", "انها", "الا", "غير", "عبر", "ضد", "لدي", "نحو", "اي", "اذا", "كما", "بان", "وان", "فان", "لان",
        "قالت", "اضاف", "اضافت", "يوم", "عام", "شهر", "سنه", "مساء", "صباح", "بشكل", "ايضا", "جديد", "جديده");

    /**
     * Rules switched off for ablation (developer measurement only): a comma list of rule names from
     * {@code -Disnad.ner.rules.off=}, e.g. {@code KUNYA,GROUP}. Names: KUNYA ORG_HEAD GROUP
     * INSTITUTION SPAN FILTER PROCLITIC.
     */
    private static final Set<String> OFF = Set.of(System.getProperty("isnad.ner.rules.off", "").split(","));

    private static boolean on(String rule) {
        return !OFF.contains(rule);
    }

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final Nationalities nationalities;

    NerRules(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.nationalities = new Nationalities(gazetteer.countries());
    }

    private static Set<String> folded(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(ArabicText.fold(w));
        }
        return Set.copyOf(s);
    }

    /**
     * Whether folded {@code f} is one of {@code heads} behind at most a conjunction (و ف) and a
     * preposition (ب ل ك). Matched on the whole word rather than on {@link ArabicText#stripClitics},
     * which would also take the first letter of a head such as كتيبة for a preposition.
     */
    private static boolean head(Set<String> heads, String f) {
        int cut = 0;
        if (f.length() > 3 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') && !heads.contains(f)) {
            cut = 1;
        }
        if (heads.contains(f.substring(cut))) {
            return true;
        }
        char c = f.length() > cut + 3 ? f.charAt(cut) : 0;
        return (c == 'ب' || c == 'ل' || c == 'ك') && heads.contains(f.substring(cut + 1));
    }

    /**
     * How many leading chars of {@code token} are a conjunction or preposition glued to an institution
     * head (ووزارة، لـوزارة: 1 and 2), so a mention can start at the head itself; 0 otherwise.
     */
    static int headProcliticLength(String token) {
        String f = ArabicText.fold(token);
        int cut = 0;
        for (int c = 1; c <= 2 && cut == 0 && c < f.length(); c++) {
            String tail = f.substring(c);
            if (INSTITUTION_HEADS.contains(tail) && head(INSTITUTION_HEADS, f)) {
                cut = c;
            }
        }
        if (cut == 0 || INSTITUTION_HEADS.contains(f)) {
            return 0;
        }
        return charsOf(token, cut);
    }

    /** Chars of {@code token} holding its first {@code letters} folded letters, with a tatweel or mark after them (لـوزارة). */
    private static int charsOf(String token, int letters) {
        int i = 0;
        for (int seen = 0; i < token.length() && seen < letters; i++) {
            if (ArabicText.foldChar(token.charAt(i)) != 0) {
                seen++;
            }
        }
        while (i < token.length() && ArabicText.foldChar(token.charAt(i)) == 0) {
            i++;
        }
        return i;
    }

    /**
     * How many leading chars of {@code token}, the first word of a {@code type} chunk, are a
     * conjunction and/or preposition glued to the name (بفلان، ولندن): when the word without them is in
     * the gazetteer as that type and the whole word is not; 0 otherwise.
     */
    int nameProcliticLength(String token, String type) {
        if (!on("PROCLITIC")) {
            return 0;
        }
        int gazType = switch (type) {
            case "PERS" -> Gazetteer.PERS;
            case "LOC" -> Gazetteer.LOC;
            case "ORG" -> Gazetteer.ORG;
            default -> 0;
        };
        String f = ArabicText.fold(token);
        if (gazType == 0 || f.length() < 5 || gazetteer.lookup(f) != 0) {
            return 0;
        }
        int cut = 0;
        if (f.charAt(0) == 'و' || f.charAt(0) == 'ف') {
            cut = 1;
        }
        if (f.length() - cut > 4 && (f.charAt(cut) == 'ب' || f.charAt(cut) == 'ل' || f.charAt(cut) == 'ك')
            && (gazetteer.lookup(f.substring(cut + 1)) & gazType) != 0) {
            cut++;
        } else if (cut == 0 || (gazetteer.lookup(f.substring(cut)) & gazType) == 0) {
            return 0;
        }
        return charsOf(token, cut);
    }

    private static Set<String> keys(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(Cues.key(w));
        }
        return Set.copyOf(s);
    }

    /** Adds rule tags in place where {@code tags} are O; returns {@code tags}. */
    String[] apply(String[] tokens, String[] tags) {
        int n = tokens.length;
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = ArabicText.fold(tokens[i]);
        }
        for (int i = 0; i < n; i++) {
            String k = ArabicText.stripClitics(f[i]);
            String bare = stripConj(f[i]);
            boolean definite = stripPrep(bare).startsWith("ال");
            if (on("KUNYA") && (bare.equals("ابو") || bare.equals("ابي") || bare.equals("ابا")) && i + 1 < n
                && !f[i + 1].startsWith("ال") && nameLike(f, i + 1, Gazetteer.PERS)) {
                int end = i + 2;
                if (end < n && isNisba(f[end])) {
                    end++;
                }
                mark(tags, i, end, "PERS");
                continue;
            }
            if (on("INSTITUTION") && tags[i].equals("O") && i + 1 < n) {
                int end = institutionEnd(f, tokens, tags, i);
                if (end > i + 1) {
                    mark(tags, i, end, "ORG");
                    continue;
                }
            }
            // organization heads are in construct state (كتيبة X، هيئة X), indefinite in form, or listed definite (المرصد)
            if (on("ORG_HEAD") && ORG_RULE.contains(k) && (!definite || ORG_RULE_DEFINITE.contains(bare)) && i + 1 < n) {
                if (quoted(tokens, i + 1)) {
                    int end = i + 2;
                    while (end < n && end < i + 6 && !quoted(tokens, end) && !tokens[end].equals("»")) {
                        end++;
                    }
                    if (end < n && end > i + 2 && nameLike(f, i + 2, 0)) {
                        mark(tags, i + 2, end, "ORG");
                    }
                    continue;
                }
                // armed-unit heads and definite heads take a definite complement however common
                // (كتيبة الصقور، المرصد السوري); others need a name-like one (هيئة زمردان)
                boolean openHead = ARMED_HEADS.contains(k) || definite;
                boolean complement = openHead
                    ? f[i + 1].startsWith("ال") && f[i + 1].length() > 3 && !STOP.contains(f[i + 1])
                        && ArabicText.shape(tokens[i + 1]) == 'A'
                    : nameLike(f, i + 1, 0) && !isAdjective(f[i + 1])
                        && (f[i + 1].startsWith("ال") || !f[i + 1].endsWith("ي"));
                if (!complement) {
                    continue;
                }
                int end = i + 2;
                while (end < n && end < i + 4 && f[end].startsWith("ال") && !STOP.contains(f[end])
                    && ArabicText.shape(tokens[end]) == 'A') {
                    end++;
                }
                // a genitive with ل closes some names: المرصد السوري لحقوق الإنسان
                if (definite && end + 1 < n && f[end].startsWith("ل") && !f[end].startsWith("ال")
                    && f[end].length() > 3 && f[end + 1].startsWith("ال")) {
                    end += 2;
                }
                mark(tags, i, end, "ORG");
                continue;
            }
            if (on("GROUP") && tags[i].equals("O") && nationalities.isGroup(f[i])) {
                boolean nisbaPlural = Nationalities.isNisbaPlural(f[i]);
                boolean adjective = nisbaPlural && (!stripPrep(bare).startsWith("ال")
                    || i > 0 && tags[i - 1].equals("O") && stripPrep(stripConj(f[i - 1])).startsWith("ال")
                        && !STOP.contains(f[i - 1]));
                if (!adjective) {
                    mark(tags, i, i + 1, "GROUP");
                }
            }
        }
        if (on("SPAN")) {
            cutSpans(f, tags);
        }
        if (on("FILTER")) {
            filter(f, tags);
        }
        return tags;
    }

    /**
     * End of an institution name starting at head {@code i}, or {@code i} when there is none: an
     * indefinite head in construct state with one definite word (coordinated with و for
     * parties and movements) and up to two nisba adjectives, or a definite head with one or two
     * definite adjectives. Only over tokens the model left O.
     */
    private int institutionEnd(String[] f, String[] tokens, String[] tags, int i) {
        int n = f.length;
        boolean definiteHead = DEFINITE_INSTITUTION_HEADS.contains(stripConj(f[i]))
            || DEFINITE_INSTITUTION_HEADS.contains(stripPrep(stripConj(f[i])));
        boolean head = definiteHead || head(INSTITUTION_HEADS, f[i]);
        if (!head) {
            return i;
        }
        int end = i + 1;
        // the word after an indefinite head is its complement whatever its form (وزارة الخارجية، مجلس الشورى)
        boolean complement = !definiteHead && end < n && tags[end].equals("O") && definiteWord(f, tokens, end);
        if (complement) {
            end++;
            if (end + 1 < n && f[end].startsWith("وال") && f[end].length() > 5 && head(COORDINATE_HEADS, f[i])
                && tags[end].equals("O")) {
                end++; // حزب العدالة والتنمية
            }
        }
        int adjectives = 0;
        while (end < n && adjectives < 2 && tags[end].equals("O") && definiteWord(f, tokens, end)
            && (isNisba(f[end]) || f[end].endsWith("يه") || definiteHead && adjectives == 0)) {
            end++;
            adjectives++;
        }
        return definiteHead ? (adjectives > 0 ? end : i) : (complement ? end : i);
    }

    /** A definite Arabic word of at least four letters that is not function vocabulary or a cue word. */
    private static boolean definiteWord(String[] f, String[] tokens, int i) {
        String w = f[i];
        String k = ArabicText.stripClitics(w);
        return w.startsWith("ال") && w.length() >= 4 && ArabicText.shape(tokens[i]) == 'A' && !STOP.contains(w)
            && !Cues.TITLES.contains(k) && !Cues.PLACE_HEADS.contains(k) && !MONTHS.contains(k) && !DAYS.contains(w);
    }

    /**
     * Drops the last words of a chunk that cannot end a name: a reporting verb or noun, a complementizer
     * or relative the model ran the name into («فلان قوله»، «الوكالة أن»), or a preposition glued to
     * another name (فلان لرويترز). Only at the end, and not after a one- or two-letter word:
     * there «إن» is a letter of a transliterated acronym (سي إن إن).
     */
    private void cutSpans(String[] f, String[] tags) {
        for (int i = tags.length - 1; i > 0; i--) {
            boolean last = i + 1 == tags.length || !tags[i + 1].startsWith("I-");
            // after a one- or two-letter word (سي إن إن، بي إن سبورت) أن/إن spell an acronym's letter
            boolean spelled = f[i - 1].length() <= 2;
            if (last && tags[i].startsWith("I-") && (SPAN_ENDS.contains(f[i]) && !spelled || gluedPreposition(f[i]))) {
                tags[i] = "O"; // the word before is now the chunk's last: checked next
            }
        }
    }

    /** ل or ب glued to a word that the gazetteer knows as an organization or place, when the whole word is unknown. */
    private boolean gluedPreposition(String w) {
        return w.length() >= 5 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && !w.startsWith("ال")
            && gazetteer.lookup(w) == 0 && (gazetteer.lookup(w.substring(1)) & (Gazetteer.ORG | Gazetteer.LOC)) != 0;
    }

    /**
     * Drops one-word chunks that are not names: a month name tagged as an organization or person
     * (نيسان), and a word after a standalone pronoun tagged as a person (أنا سعيد).
     */
    private static void filter(String[] f, String[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].startsWith("B-") || i + 1 < tags.length && tags[i + 1].startsWith("I-")) {
                continue;
            }
            String k = ArabicText.stripClitics(f[i]);
            boolean month = MONTHS.contains(f[i]) || MONTHS.contains(k);
            boolean predicate = tags[i].equals("B-PERS") && i > 0 && PRONOUNS.contains(f[i - 1]);
            if (month && !tags[i].equals("B-LOC") || predicate) {
                tags[i] = "O";
            }
        }
    }

    private static boolean quoted(String[] tokens, int i) {
        return tokens[i].equals("\"") || tokens[i].equals("«");
    }

    private static boolean isNisba(String f) {
        return f.startsWith("ال") && f.endsWith("ي") && f.length() >= 5;
    }

    /** An indefinite nisba adjective (أممية، دولي، عسكريين) rather than a name. */
    private static boolean isAdjective(String f) {
        return !f.startsWith("ال") && (f.endsWith("يه") || f.endsWith("يين") || f.endsWith("يون"));
    }

    /**
     * Whether token {@code i} can be a name: not function vocabulary nor a cue word, and either in the
     * gazetteer with one of {@code gazTypes}, or rare in the unlabelled corpus (definite words must be rarer).
     */
    private boolean nameLike(String[] f, int i, int gazTypes) {
        String w = f[i];
        if (w.length() < 2 || ArabicText.shape(w) != 'A' || STOP.contains(w) || STOP.contains(stripConj(w))) {
            return false;
        }
        String k = ArabicText.stripClitics(w);
        if (Cues.TITLES.contains(k) || Cues.ORG_HEADS.contains(k) || Cues.PLACE_HEADS.contains(k)) {
            return false;
        }
        if ((gazetteer.lookup(w) & gazTypes) != 0) {
            return true;
        }
        long code = clusters.code(w);
        return code < 0 || WordClusters.bucket(code) <= (w.startsWith("ال") ? RARE_DEFINITE_BUCKET : RARE_BUCKET);
    }

    private static String stripPrep(String f) {
        if (f.startsWith("لل")) {
            return "ا" + f.substring(1);
        }
        return f.length() > 3 && (f.charAt(0) == 'ب' || f.charAt(0) == 'ل' || f.charAt(0) == 'ك') && f.startsWith("ال", 1)
            ? f.substring(1) : f;
    }

    private static String stripConj(String f) {
        return f.length() > 3 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') ? f.substring(1) : f;
    }

    /** Tags {@code [start, end)} as one chunk of {@code type} when all of it is O. */
    private static void mark(String[] tags, int start, int end, String type) {
        for (int j = start; j < end; j++) {
            if (!tags[j].equals("O")) {
                return;
            }
        }
        for (int j = start; j < end; j++) {
            tags[j] = (j == start ? "B-" : "I-") + type;
        }
    }
}
