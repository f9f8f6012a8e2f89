package org.isnad.ingest.clean;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.RawArticle;

/**
 * Short lines that recur in several documents of one run, learned by {@link BoilerplateLearner}: a
 * site's own boilerplate that no general rule names. Lines are grouped by outlet (the article's stated
 * outlet, else its URL host; articles with neither, e.g. plain text files, form one group), so that one
 * outlet's boilerplate is not held against another. Immutable.
 */
public final class RepeatedLines {
    private static final RepeatedLines NONE = new RepeatedLines(Map.of());

    /** For each outlet group, the {@link Line#key keys} of its repeated lines. */
    private final Map<String, Set<String>> byGroup;

    RepeatedLines(Map<String, Set<String>> byGroup) {
        Map<String, Set<String>> copy = new HashMap<>();
        byGroup.forEach((group, keys) -> copy.put(group, Set.copyOf(keys)));
        this.byGroup = Map.copyOf(copy);
    }

    /** No learned lines: the cleaner then relies on its general rules alone. */
    public static RepeatedLines none() {
        return NONE;
    }

    /** True when {@code line} (as written) is one of the repeated lines of {@code article}'s outlet group. */
    public boolean isRepeated(RawArticle article, String line) {
        Set<String> keys = byGroup.get(groupOf(article));
        return keys != null && keys.contains(Line.key(line));
    }

    /** Number of repeated lines learned, over all groups. */
    public int size() {
        return byGroup.values().stream().mapToInt(Set::size).sum();
    }

    /** The outlet group of an article: its stated outlet, else its URL host, else the empty string. */
    static String groupOf(RawArticle article) {
        if (article.outlet() != null && !article.outlet().isBlank()) {
            return Line.key(article.outlet());
        }
        String host = host(article.url());
        return host == null ? "" : host;
    }

    /** The host of a URL without {@code www.}, lower case; null when there is none. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
