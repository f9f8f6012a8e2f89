package org.isnad.ingest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.core.model.Removal;

/**
 * The outlet that published an article, first found of:
 * <ol>
 *   <li>the outlet the source states (JSONL {@code outlet});</li>
 *   <li>the page's site name ({@code og:site_name}, JSON-LD publisher);</li>
 *   <li>an exclusive byline {@code خاص - X}, where X ends at a weekday, a digit, a separator or the end of
 *       the line, also when the weekday is glued to it ({@code خاص - المدنالأربعاء 2025/10/22} gives
 *       {@code المدن});</li>
 *   <li>the host of the article's URL, without {@code www.};</li>
 *   <li>a final {@code المصدر: X} line. This names where the story came from, which is the outlet only
 *       for a page that republishes it; it is the last resort.</li>
 * </ol>
 * Null when none applies.
 */
final class Outlet {
    private static final int MAX_WORDS = 5;
    private static final Pattern EXCLUSIVE = Pattern.compile("^خاص\\s*[-–—:|]\\s*(.+)$");
    private static final Pattern SOURCE = Pattern.compile("^(?:المصدر|المصادر|مصدر الخبر|Source)\\s*[:：\\-–]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** Where an outlet name in a byline ends: a weekday (even glued), a digit or a separator. */
    private static final Pattern NAME_END = Pattern.compile(
            "(ال|أل)(أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)(?!\\p{L})|[0-9٠-٩]|[|،,/–—]| - ");

    private Outlet() {
    }

    static String find(String stated, String siteName, List<Removal> removed, String url) {
        if (stated != null && !stated.isBlank()) {
            return stated.strip();
        }
        if (siteName != null && !siteName.isBlank()) {
            return siteName.strip();
        }
        for (Removal r : removed) {
            if (r.reason().equals(BoilerplateRules.BYLINE)) {
                String name = name(EXCLUSIVE, r.text());
                if (name != null) {
                    return name;
                }
            }
        }
        String host = RepeatedLines.host(url);
        if (host != null) {
            return host;
        }
        for (int i = removed.size() - 1; i >= 0; i--) {
            if (removed.get(i).reason().equals(BoilerplateRules.SOURCE)) {
                String name = name(SOURCE, removed.get(i).text());
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String name(Pattern pattern, String line) {
        Matcher m = pattern.matcher(Line.trim(line));
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1);
        Matcher end = NAME_END.matcher(rest);
        String name = (end.find() ? rest.substring(0, end.start()) : rest)
                .replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
        int words = name.isEmpty() ? 0 : name.split("\\s+").length;
        return words >= 1 && words <= MAX_WORDS && name.codePoints().anyMatch(Character::isLetter) ? name : null;
    }
}
