package org.isnad.events.copies;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agency an article credits as the origin of its text, when it names one where wires are
 * credited: in its opening (the dateline, {@code بيروت (أ ف ب) -}) or its closing line
 * ({@code (رويترز)}, {@code المصدر: الأناضول}). An agency quoted in the middle of the text is a
 * channel of one statement, not the origin of the article, and is not taken.
 */
final class Agencies {
    /** Where a dateline or credit line is looked for, in characters from either end. */
    static final int LEAD = 250;
    static final int TAIL = 200;

    /** Canonical name, then the forms it is written in (whole words, folded). */
    private static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("فرانس برس", "ا ?\\.? ?ف ?\\.? ?ب|فرانس ?برس|AFP");
        FORMS.put("رويترز", "رويترز|Reuters");
        FORMS.put("الأناضول", "الاناضول|Anadolu");
        FORMS.put("سانا", "سانا|SANA");
        FORMS.put("واس", "واس|SPA");
        FORMS.put("وام", "وام|WAM");
        FORMS.put("د ب أ", "د ?\\.? ?ب ?\\.? ?ا|الالمانيه|DPA|dpa");
        FORMS.put("أسوشيتد برس", "اسوشيتد برس|اسوشييتد برس|AP");
        FORMS.put("شينخوا", "شينخوا|Xinhua");
        FORMS.put("قنا", "قنا|QNA");
        FORMS.put("كونا", "كونا|KUNA");
        FORMS.put("بترا", "بترا|Petra");
        FORMS.put("وفا", "وفا|WAFA");
        FORMS.put("إرنا", "ارنا|IRNA");
        FORMS.put("سبوتنيك", "سبوتنيك|Sputnik");
    }

    private static final Pattern ANY;
    private static final Map<String, Pattern> EACH = new LinkedHashMap<>();

    static {
        StringBuilder all = new StringBuilder();
        for (var e : FORMS.entrySet()) {
            EACH.put(e.getKey(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + e.getValue() + ")(?![\\p{L}\\p{N}])"));
            all.append(all.length() == 0 ? "" : "|").append(e.getValue());
        }
        ANY = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + all + ")(?![\\p{L}\\p{N}])");
    }

    private Agencies() {
    }

    /** The agency credited in the opening, else in the closing part of {@code text}; null when none. */
    static String credited(String text) {
        String lead = fold(text.substring(0, Math.min(text.length(), LEAD)));
        String found = first(lead);
        if (found == null && text.length() > LEAD) {
            found = first(fold(text.substring(Math.max(LEAD, text.length() - TAIL))));
        }
        return found;
    }

    private static String first(String folded) {
        Matcher m = ANY.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String hit = m.group();
        for (var e : EACH.entrySet()) {
            if (e.getValue().matcher(hit).matches()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Isnad's Arabic folding (alef forms, teh marbuta, diacritics), so one pattern covers the spellings. */
    private static String fold(String s) {
        return org.isnad.arabic.ArabicNormalizer.fold(s);
    }
}
