package org.isnad.arabic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.core.model.Span;

/**
 * Finds Arabic number expressions and their values. Works on the {@link ArabicNormalizer#fold
 * folded} text, so Arabic-Indic digits, hamza spellings ({@code مئة/مائة}, {@code ألف/الف}) and
 * diacritics need no special cases; spans index the original text.
 *
 * <p>Rules:
 * <ul>
 *   <li>digits: {@code 300}, {@code ٣٠٠}, {@code 10,000}; decimals only with a multiplier
 *       ({@code 1.5 مليون} = 1,500,000). Digits joined to other digits by {@code / : -} (dates,
 *       times) or glued to Latin letters ({@code F16}) are not numbers.</li>
 *   <li>words, both genders, construct forms, with clitics {@code و ب ل ف ك ال}: units
 *       {@code واحد..عشرة}, teens {@code أحد عشر..تسعة عشر}, tens {@code عشرون..تسعون},
 *       hundreds {@code مئة، مئتان، ثلاثمئة..تسعمئة} (also {@code ثلاث مئة}), multipliers
 *       {@code ألف/آلاف/ألفا، مليون/ملايين، مليار/مليارات}, duals {@code ألفان/ألفين، مليونان}.</li>
 *   <li>composition: parts joined by {@code و} add ({@code خمسة وعشرون} = 25), a multiplier multiplies
 *       what precedes it ({@code 10 آلاف}, {@code عشرة آلاف} = 10,000; {@code ثلاثة آلاف وخمسمئة} = 3,500;
 *       {@code مئة وعشرون ألفا} = 120,000).</li>
 *   <li>vague plurals are approximate with value twice their unit (the least amount more than one
 *       unit): {@code عشرات} = 20, {@code مئات} = 200, {@code آلاف} = 2,000, {@code ملايين} = 2,000,000,
 *       {@code عشرات الآلاف} = 20,000; {@code بضعة} = 3.</li>
 *   <li>qualifiers make an amount approximate and are part of its span: {@code نحو، حوالي، قرابة،
 *       زهاء، يناهز، ما يقارب، أكثر من، أقل من، ما يزيد عن/على، ما لا يقل عن}, and a following
 *       {@code تقريبا}.</li>
 *   <li>not numbers: {@code الأحد} and {@code الاثنين} (weekdays), {@code المئة/بالمئة} (percent),
 *       the {@code عشر} of an ordinal ({@code التاسع عشر}), and anything inside an absolute date
 *       found by {@link ArabicDates#find} ({@code 22 أكتوبر 2025}, {@code عام 2003}).</li>
 * </ul>
 * Hand-written: no Java library parses Arabic number words (ICU's RBNF only formats them).
 */
public final class NumberWords {
    private enum Kind { UNIT, TEN, HUNDRED, MULT, DUAL_MULT, VAGUE, DIGITS, DECIMAL }

    private record Entry(Kind kind, long value) {
    }

    /** A classified token: value, kind, where its stem starts, and whether و or ال preceded it. */
    private record Term(Kind kind, long value, double decimal, int tokenStart, int stemStart, int end,
            boolean conj, boolean al, String stem) {
        Term joined(int conjStart) {
            return new Term(kind, value, decimal, conjStart, stemStart, end, true, al, stem);
        }
    }

    private static final Map<String, Entry> LEXICON = new HashMap<>();
    /** Folded ordinal stems that take عشر (الحادي عشر، الثالثة عشرة). */
    private static final java.util.Set<String> ORDINALS = java.util.Set.of(
            "حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع");
    private static final String[] PREFIXES = {"وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك"};
    private static final Pattern TOKEN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?|\\p{L}+");
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:[وبل]?(?:نحو|حوالي|قرابه|زهاء|يناهز|يقارب)"
            + "|(?:ما\\s+)?(?:لا\\s+)?(?:يزيد|يقل|اكثر|اقل|ازيد)\\s+(?:من|عن|علي)"
            + "|ما\\s+(?:يقارب|يناهز))\\s+$");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("^\\s+تقريبا(?!\\p{L})");

    static {
        unit(1, "واحد", "واحده", "احدي");
        unit(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي");
        unit(3, "ثلاث", "ثلاثه");
        unit(4, "اربع", "اربعه");
        unit(5, "خمس", "خمسه");
        unit(6, "ست", "سته");
        unit(7, "سبع", "سبعه");
        unit(8, "ثمان", "ثماني", "ثمانيه");
        unit(9, "تسع", "تسعه");
        unit(10, "عشر", "عشره");
        unit(1, "احد"); // only valid before عشر; checked in parse
        String[] tens = {"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < tens.length; i++) {
            put(Kind.TEN, (i + 2) * 10L, tens[i] + "ون", tens[i] + "ين");
        }
        for (String h : new String[] {"مئة", "مائة"}) {
            put(Kind.HUNDRED, 100, h);
            String[] hundreds = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
            for (int i = 0; i < hundreds.length; i++) {
                put(Kind.HUNDRED, (i + 3) * 100L, hundreds[i] + h);
            }
            put(Kind.HUNDRED, 800, "ثماني" + h);
        }
        put(Kind.HUNDRED, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
        put(Kind.MULT, 1000, "الف", "الفا", "الاف", "الوف");
        put(Kind.MULT, 1_000_000, "مليون", "مليونا", "ملايين");
        put(Kind.MULT, 1_000_000_000, "مليار", "مليارا", "مليارات", "بليون");
        put(Kind.DUAL_MULT, 2000, "الفان", "الفين", "الفي");
        put(Kind.DUAL_MULT, 2_000_000, "مليونان", "مليونين", "مليوني");
        put(Kind.DUAL_MULT, 2_000_000_000, "ملياران", "مليارين", "ملياري");
        put(Kind.VAGUE, 20, "عشرات");
        put(Kind.VAGUE, 200, "مئات");
        put(Kind.VAGUE, 3, "بضع", "بضعه");
    }

    private static void unit(long v, String... words) {
        put(Kind.UNIT, v, words);
    }

    private static void put(Kind kind, long v, String... words) {
        for (String w : words) {
            LEXICON.putIfAbsent(ArabicNormalizer.fold(w), new Entry(kind, v)); // keys as folded text spells them
        }
    }

    private NumberWords() {
    }

    /** Every number expression in {@code text}, in order, non-overlapping. */
    public static List<NumberMention> find(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        String f = nt.normalized();
        List<Term> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(f);
        int loneWaw = -1;
        String prevWord = "";
        while (m.find()) {
            if (m.end() - m.start() == 1 && f.charAt(m.start()) == ArabicNormalizer.WAW) {
                loneWaw = m.start(); // "و خمسمئة": the conjunction written apart
                continue;
            }
            Term t = classify(f, m.start(), m.end());
            if (t != null && t.kind == Kind.UNIT && t.value == 10 && !t.conj && isOrdinal(prevWord)) {
                t = null; // التاسع عشر: part of an ordinal
            }
            prevWord = f.substring(m.start(), m.end());
            if (t != null && loneWaw >= 0 && !t.conj && gapIsSpace(f, loneWaw + 1, t.tokenStart)) {
                t = t.joined(loneWaw);
            } else if (loneWaw >= 0) {
                terms.add(null);
            }
            loneWaw = -1;
            terms.add(t);
        }
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            int consumed = group(f, nt, terms, i, out);
            i += Math.max(consumed, 1);
        }
        if (!out.isEmpty()) {
            List<DateMention> dates = ArabicDates.find(nt);
            out.removeIf(n -> dates.stream().anyMatch(d -> d.span().overlaps(n.span())));
        }
        return out;
    }

    private static boolean isOrdinal(String word) {
        String w = word.startsWith("ال") ? word.substring(2) : word;
        w = w.endsWith("ه") ? w.substring(0, w.length() - 1) : w;
        return ORDINALS.contains(w);
    }

    /**
     * The value of an expression that is one number and nothing else (qualifiers allowed), such as
     * {@code "ثلاثة آلاف وخمسمئة"}, {@code "٢٠"} or {@code "نحو عشرين"}; empty otherwise.
     */
    public static OptionalLong parse(String expression) {
        List<NumberMention> found = find(expression);
        if (found.size() != 1) {
            return OptionalLong.empty();
        }
        Span s = found.get(0).span();
        int clitic = s.start(); // a proclitic glued to the number (والثلاثة) is outside the span but allowed
        while (clitic > 0 && (Character.isLetter(expression.charAt(clitic - 1)) || ArabicNormalizer.isRemoved(expression.charAt(clitic - 1)))) {
            clitic--;
        }
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if ((i < clitic || i >= s.end()) && !Character.isWhitespace(c) && !ArabicNormalizer.isRemoved(c)) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(found.get(0).value());
    }

    /** Consumes one number group starting at terms[i] if it is one; returns the terms consumed. */
    private static int group(String f, NormalizedText nt, List<Term> terms, int i, List<NumberMention> out) {
        Term first = terms.get(i);
        if (first == null || !canStart(first, next(terms, i))) {
            return 1;
        }
        long total = 0;
        double current = 0;
        boolean approx = false;
        boolean decimal = false;
        Term prev = null;
        long lastMult = Long.MAX_VALUE;
        int j = i;
        for (; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t == null) {
                break;
            }
            if (prev != null) {
                if (!gapIsSpace(f, prev.end, t.tokenStart)) {
                    break;
                }
                if (!t.conj && !joins(prev, t)) {
                    break;
                }
                if (t.conj && !conjoins(prev, t, lastMult)) {
                    break;
                }
            }
            switch (t.kind) {
                case UNIT, TEN, DIGITS -> {
                    if (prev != null && !t.conj && t.kind == Kind.UNIT && t.value == 10) {
                        current += 10; // teen: ثلاثة عشر
                    } else {
                        current += t.value;
                    }
                }
                case DECIMAL -> {
                    current += t.decimal;
                    decimal = true;
                }
                case HUNDRED -> {
                    if (prev != null && !t.conj && prev.kind == Kind.UNIT && t.value == 100) {
                        current = current - prev.value + prev.value * 100; // ثلاث مئة
                    } else {
                        current += t.value;
                    }
                }
                case VAGUE -> {
                    current += t.value;
                    approx = true;
                }
                case MULT -> {
                    boolean plural = t.stem.equals("الاف") || t.stem.equals("الوف") || t.stem.equals("ملايين") || t.stem.equals("مليارات");
                    if (current == 0) {
                        current = plural ? 2 : 1;
                        approx |= plural;
                    }
                    total += Math.round(current * t.value);
                    current = 0;
                    decimal = false;
                    lastMult = t.value;
                }
                case DUAL_MULT -> {
                    total += t.value;
                    lastMult = t.value / 2;
                }
            }
            prev = t;
        }
        int consumed = j - i;
        if (decimal && current != Math.rint(current)) {
            return consumed; // 10.5 alone: not an integer amount
        }
        long value = total + Math.round(current);
        int start = first.stemStart;
        int end = prev.end;
        Matcher before = QUALIFIER_BEFORE.matcher(f).region(Math.max(0, start - 30), start);
        before.useTransparentBounds(true);
        if (before.find()) {
            approx = true;
            start = before.start();
        }
        Matcher after = QUALIFIER_AFTER.matcher(f).region(end, Math.min(f.length(), end + 12));
        after.useTransparentBounds(true);
        if (after.find()) {
            approx = true;
            end = after.end();
        }
        out.add(new NumberMention(nt.toOriginalSpan(start, end), value, approx));
        return consumed;
    }

    private static Term next(List<Term> terms, int i) {
        return i + 1 < terms.size() ? terms.get(i + 1) : null;
    }

    private static boolean canStart(Term t, Term next) {
        if (t.al && (t.kind == Kind.HUNDRED || t.kind == Kind.MULT || t.kind == Kind.DUAL_MULT)) {
            return false; // المئة (percent), الألف
        }
        if (t.stem.equals("احد")) {
            return !t.al && next != null && !next.conj && next.kind == Kind.UNIT && next.value == 10;
        }
        return !(t.al && t.stem.equals("اثنين"));
    }

    /** Whether {@code t} continues a number after {@code prev} without a و in between. */
    private static boolean joins(Term prev, Term t) {
        boolean countable = prev.kind == Kind.UNIT || prev.kind == Kind.TEN || prev.kind == Kind.HUNDRED
                || prev.kind == Kind.DIGITS || prev.kind == Kind.DECIMAL || prev.kind == Kind.VAGUE;
        if (t.kind == Kind.MULT) {
            return countable && (!t.al || prev.kind == Kind.VAGUE);
        }
        if (t.kind == Kind.UNIT && t.value == 10 && !t.al) {
            return prev.kind == Kind.UNIT && prev.value < 10; // teens
        }
        return t.kind == Kind.HUNDRED && t.value == 100 && !t.al && prev.kind == Kind.UNIT && prev.value >= 3 && prev.value < 10;
    }

    /**
     * Whether {@code و + t} continues a number after {@code prev}: Arabic adds smaller parts after
     * larger ones ({@code ألف ومئتان}, {@code مئة وخمسون}) and tens after units ({@code خمسة وعشرون});
     * {@code ثلاثة وأربعة} is two numbers.
     */
    private static boolean conjoins(Term prev, Term t, long lastMult) {
        if (t.al || t.kind == Kind.VAGUE || prev.kind == Kind.VAGUE || t.kind == Kind.DECIMAL) {
            return false;
        }
        long magnitude = t.value;
        if (prev.kind == Kind.MULT || prev.kind == Kind.DUAL_MULT) {
            return magnitude < lastMult;
        }
        if (prev.kind == Kind.HUNDRED) {
            return t.kind == Kind.UNIT || t.kind == Kind.TEN || (t.kind == Kind.DIGITS && t.value < 100);
        }
        return prev.kind == Kind.UNIT && prev.value < 10 && t.kind == Kind.TEN;
    }

    /** A number does not run across punctuation or line breaks: only spaces may separate its parts. */
    private static boolean gapIsSpace(String f, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = f.charAt(k);
            if (c != ' ' && c != '\u00A0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Classifies one folded token, or null when it is not part of a number. */
    private static Term classify(String f, int start, int end) {
        char c0 = f.charAt(start);
        if (c0 >= '0' && c0 <= '9') {
            if (isDateLike(f, start, end) || (end < f.length() && isLatin(f.charAt(end)))
                    || (start > 0 && isLatin(f.charAt(start - 1)))) {
                return null;
            }
            String digits = f.substring(start, end).replace(",", "");
            if (digits.length() > 18) {
                return null;
            }
            if (digits.indexOf('.') >= 0) {
                return new Term(Kind.DECIMAL, 0, Double.parseDouble(digits), start, start, end, false, false, digits);
            }
            return new Term(Kind.DIGITS, Long.parseLong(digits), 0, start, start, end, false, false, digits);
        }
        String w = f.substring(start, end);
        Entry e = LEXICON.get(w);
        if (e != null) {
            return new Term(e.kind, e.value, 0, start, start, end, false, false, w);
        }
        for (String p : PREFIXES) {
            if (w.length() > p.length() + 1 && w.startsWith(p)) {
                String stem = w.substring(p.length());
                e = LEXICON.get(stem);
                if (e != null) {
                    return new Term(e.kind, e.value, 0, start, start + p.length(), end, p.charAt(0) == 'و',
                            p.endsWith("ال") || p.equals("لل"), stem);
                }
            }
        }
        return null;
    }

    private static boolean isDateLike(String f, int start, int end) {
        boolean before = start >= 2 && isSep(f.charAt(start - 1)) && Character.isDigit(f.charAt(start - 2));
        boolean after = end + 1 < f.length() && isSep(f.charAt(end)) && Character.isDigit(f.charAt(end + 1));
        return before || after;
    }

    private static boolean isSep(char c) {
        return c == '/' || c == ':' || c == '-';
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
