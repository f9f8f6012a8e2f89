package org.isnad.output;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders a text with possibly overlapping highlighted spans as escaped HTML: the text is cut at
 * every span boundary and each piece is wrapped with the classes of all spans covering it, so
 * overlaps and nesting never produce broken markup and every character appears exactly once.
 */
final class Highlighter {
    /** A span to highlight, with CSS classes and a tooltip. */
    record Mark(int start, int end, String cssClass, String title) {
    }

    private Highlighter() {
    }

    static String render(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
                cuts.add(m.start());
                cuts.add(m.end());
            }
        }
        StringBuilder b = new StringBuilder(text.length() * 2);
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && prev < cut) {
                List<Mark> active = new ArrayList<>();
                for (Mark m : marks) {
                    if (m.start() <= prev && cut <= m.end()) {
                        active.add(m);
                    }
                }
                String piece = Html.esc(text.substring(prev, cut));
                if (active.isEmpty()) {
                    b.append(piece);
                } else {
                    StringBuilder cls = new StringBuilder();
                    StringBuilder title = new StringBuilder();
                    for (Mark m : active) {
                        cls.append(cls.length() == 0 ? "" : " ").append(m.cssClass());
                        if (m.title() != null) {
                            title.append(title.length() == 0 ? "" : " | ").append(m.title());
                        }
                    }
                    b.append("<span class=\"").append(Html.esc(cls.toString())).append("\" title=\"")
                            .append(Html.esc(title.toString())).append("\">").append(piece).append("</span>");
                }
            }
            prev = cut;
        }
        return b.toString();
    }
}
