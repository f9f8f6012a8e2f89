package org.isnad.server;

import java.util.regex.Pattern;

/**
 * What a reader of the desk may see of an article's {@code source}. Ingesting files records the
 * file's path on the server ({@code /srv/feeds/2025/a.txt}, or {@code .../a.jsonl:12} for a JSONL
 * line); answering it would tell every reader the server's directory layout and user names, so
 * the API and the exports show the file name alone ({@code a.txt}, {@code a.jsonl:12}). A URL
 * (an article posted with one) is public already and is kept, except {@code file:} URLs, which
 * are paths.
 */
public final class SourceNames {
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    /** The directories of a path inside text (drive, then one or more segments ending in a separator). */
    private static final Pattern PATH_DIRS = Pattern.compile("(?:[A-Za-z]:)?(?:[/\\\\][^/\\\\\\s:()]+)+[/\\\\]");

    private SourceNames() {
    }

    /** {@code source} without directories: its last path segment, or the URL unchanged. */
    public static String publicName(String source) {
        if (source == null) {
            return null;
        }
        if (URL.matcher(source).lookingAt() && !source.regionMatches(true, 0, "file:", 0, 5)) {
            return source;
        }
        String s = source.replaceAll("[/\\\\]+$", "");
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = cut < 0 ? s : s.substring(cut + 1);
        return name.isEmpty() ? "?" : name;
    }

    /**
     * Free text (a diagnostic: "story s… (/srv/feeds/a.txt and 2 more)") with every server path cut to its
     * file name, the same policy as {@link #publicName} for text that merely contains paths.
     */
    public static String publicText(String text) {
        return text == null ? null : PATH_DIRS.matcher(text).replaceAll("");
    }
}
