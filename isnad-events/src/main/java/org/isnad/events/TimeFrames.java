package org.isnad.events;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.core.model.Article;
import org.isnad.core.model.SourceSpan;

/**
 * The years a sentence speaks of (package-private): the years written in it, else the publication year;
 * a year after {@code منذ} ("since") opens a span up to the report, so the publication year is added.
 * Two sides of a would-be contradiction whose sentences speak of different years are about different
 * happenings ({@code هجوم في جندوبة} today, {@code هجوم على شاطئ سوسة عام 2015}): a recalled event is not
 * the reported one, so they cannot contradict each other.
 */
final class TimeFrames {
    /** {@code منذ عام 2013}: a span from that year up to the report, so the report's year is spoken of too. */
    private static final String SINCE = "منذ";
    private static final int SINCE_REACH = 12;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");

    private TimeFrames() {
    }

    /** The years of {@code sentence} of {@code article}; empty when neither it nor the article gives one. */
    static Set<Integer> of(Article article, SourceSpan sentence) {
        Set<Integer> out = new LinkedHashSet<>();
        boolean untilNow = false;
        if (sentence != null) {
            String text = westernDigits(sentence.text());
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
                untilNow |= text.substring(Math.max(0, m.start() - SINCE_REACH), m.start()).contains(SINCE);
            }
        }
        if (out.isEmpty() || untilNow) {
            Integer published = publicationYear(article);
            if (published != null) {
                out.add(published);
            } else if (untilNow) {
                return Set.of(); // since a year up to an unknown day: the years spoken of are not known
            }
        }
        return out;
    }

    private static Integer publicationYear(Article article) {
        if (article == null || article.published() == null || article.published().value() == null
                || article.published().value().length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(article.published().value().substring(0, 4));
        } catch (NumberFormatException e) {
            return null; // an undated article speaks of no known year
        }
    }

    /** True unless both frames are known and share no year. */
    static boolean same(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (Integer y : a) {
            if (b.contains(y)) {
                return true;
            }
        }
        return false;
    }

    private static String westernDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + (c - '\u06F0')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
