package org.isnad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;

/**
 * One entry per dated event, sorted by date (coarser dates at the start of their period; ties in event
 * order). The entry text is the sentence that dated the event (or its first report), cut to the clause
 * around the trigger when longer than {@value #MAX_TEXT} characters; events told in the same sentence on
 * the same date share an entry. Relative dates were resolved by the extractor, so "last night" is the
 * day before publication, its own entry before the publication day's.
 */
public final class EventTimelineBuilder implements TimelineBuilder {
    static final int MAX_TEXT = 220;

    @Override
    public List<Story.TimelineEntry> build(List<EventCluster> events) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (EventCluster c : events) {
            DateValue date = c.event().date();
            if (date == null || Dates.start(date) == null) {
                continue;
            }
            EventMention source = c.mentions().stream().filter(m -> date.equals(m.date()) && CompatibleEventMerger.strong(m))
                    .findFirst().orElse(c.mentions().get(0));
            String text = describe(source);
            Entry e = entries.computeIfAbsent(date.value() + "\u0000" + text, k -> new Entry(date, text, entries.size()));
            e.events.add(c.event().id());
            e.sources.addAll(c.articles());
        }
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing((Entry e) -> Dates.start(e.date)).thenComparingInt(e -> e.order));
        List<Story.TimelineEntry> out = new ArrayList<>();
        for (Entry e : sorted) {
            out.add(new Story.TimelineEntry(e.date, e.text, List.copyOf(e.events), List.copyOf(e.sources)));
        }
        return out;
    }

    private static String describe(EventMention m) {
        SourceSpan s = m.sentence();
        String text = s.text();
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int at = m.trigger().start() - s.start();
        int from = Math.max(lastClauseMark(text, at) + 1, 0);
        int to = nextClauseMark(text, at + m.trigger().text().length());
        String clause = text.substring(from, to).strip();
        return clause.length() <= MAX_TEXT ? clause : clause.substring(0, MAX_TEXT).strip() + "…";
    }

    private static int lastClauseMark(String t, int at) {
        for (int i = Math.min(at, t.length()) - 1; i >= 0; i--) {
            if (t.charAt(i) == '،' || t.charAt(i) == ',' || t.charAt(i) == '؛') {
                return i;
            }
        }
        return -1;
    }

    private static int nextClauseMark(String t, int at) {
        for (int i = at; i < t.length(); i++) {
            if (t.charAt(i) == '،' || t.charAt(i) == ',' || t.charAt(i) == '؛') {
                return i;
            }
        }
        return t.length();
    }

    private static final class Entry {
        final DateValue date;
        final String text;
        final int order;
        final Set<String> events = new LinkedHashSet<>();
        final Set<String> sources = new java.util.TreeSet<>();

        Entry(DateValue date, String text, int order) {
            this.date = date;
            this.text = text;
            this.order = order;
        }
    }

}
