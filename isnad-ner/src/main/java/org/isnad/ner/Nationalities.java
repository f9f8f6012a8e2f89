package org.isnad.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognizes nationality and community plurals used as a people (الفرنسيين، العراقيون، الأوزبك،
 * المهاجرون) by nisba morphology over the country names of the gazetteer, plus {@link Cues#COMMUNITIES}.
 */
final class Nationalities {
    private final Set<String> nisbaStems = new HashSet<>();  // فرنس → فرنسيين / الفرنسيون
    private final Set<String> stanStems = new HashSet<>();   // اوزبك (from اوزبكستان) → الاوزبك

    Nationalities(List<String> foldedCountries) {
        for (String c : foldedCountries) {
            if (c.contains(" ")) {
                continue;
            }
            String n = c.startsWith("ال") ? c.substring(2) : c;
            if (n.length() < 3) {
                continue;
            }
            nisbaStems.add(n);
            if (n.endsWith("ستان") && n.length() > 5) {
                String stem = n.substring(0, n.length() - 4);
                stanStems.add(stem);
                nisbaStems.add(stem);
            }
            if (n.endsWith("يا") && n.length() > 4) {
                nisbaStems.add(n.substring(0, n.length() - 2));
            }
            if (n.endsWith("ا") || n.endsWith("ه")) {
                nisbaStems.add(n.substring(0, n.length() - 1));
            }
        }
    }

    /** Whether the folded token (with its proclitics) names a people rather than describing a noun. */
    boolean isGroup(String folded) {
        String f = stripConjPrep(folded);
        if (Cues.COMMUNITIES_FOLDED.contains(f)) {
            return true;
        }
        boolean def = f.startsWith("ال");
        String body = def ? f.substring(2) : f;
        if (def && stanStems.contains(body)) {
            return true;
        }
        for (String end : new String[] {"يون", "يين"}) {
            if (body.endsWith(end) && body.length() > end.length() + 2
                && nisbaStems.contains(body.substring(0, body.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the plural ends in -يون/-يين and so may be an adjective of the noun before it. */
    static boolean isNisbaPlural(String folded) {
        return folded.endsWith("يون") || folded.endsWith("يين");
    }

    private static String stripConjPrep(String f) {
        int i = 0;
        if (f.length() > 4 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف')) {
            i = 1;
        }
        if (f.length() - i > 4 && (f.charAt(i) == 'ب' || f.charAt(i) == 'ل' || f.charAt(i) == 'ك')) {
            if (f.startsWith("لل", i)) {
                return "ال" + f.substring(i + 2);
            }
            i++;
        }
        return f.substring(i);
    }
}
