package org.isnad.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.events.text.DateFinder;
import org.isnad.events.text.PhraseLexicon;

/**
 * Trigger-lexicon event extraction, sentence by sentence.
 *
 * <p>Triggers ({@code triggers.tsv}: general news vocabulary per event type) are matched after folding
 * with clitics and endings allowed; a trigger inside an entity's name is ignored. Per sentence and type
 * one mention is kept (the first that reports something real). Casualty words ({@code مقتل، قتلى})
 * in a sentence that already has a clash, attack or raid become counts of that event rather than a
 * KILLING of their own. Each mention gets a {@link Modality}, arguments ({@link ArgumentReader}), a date
 * (the date expression of the sentence nearest the trigger, within 80 characters: absolute, or relative
 * and anchored on a day-precise publication date, e.g. {@code الليلة الماضية} → the day before; else
 * the publication date as given; else null),
 * counts ({@link CountReader}) and an intensity qualifier ({@code qualifiers.tsv}) right after the trigger.
 */
public final class LexiconEventExtractor implements EventExtractor {
    private static final Set<EventType> VIOLENT = EnumSet.of(EventType.ARMED_CLASH, EventType.ATTACK,
            EventType.RAID_OR_SIEGE, EventType.KILLING);
    private static final List<EventType> PRIMARY = List.of(EventType.ARMED_CLASH, EventType.ATTACK,
            EventType.RAID_OR_SIEGE, EventType.KILLING);

    /** A date further than this (in characters) from the trigger is taken to belong to another clause. */
    private static final int MAX_DATE_DISTANCE = 80;
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private final PhraseLexicon triggers;
    private final PhraseLexicon qualifiers;
    private final CountReader counts;

    /** An extractor with the bundled lexicons. */
    public LexiconEventExtractor() {
        this(PhraseLexicon.load(LexiconEventExtractor.class, "triggers.tsv"),
                PhraseLexicon.load(LexiconEventExtractor.class, "qualifiers.tsv"),
                PhraseLexicon.load(LexiconEventExtractor.class, "countwords.tsv"));
    }

    /** An extractor with other lexicons (same formats as the bundled ones). */
    public LexiconEventExtractor(PhraseLexicon triggers, PhraseLexicon qualifiers, PhraseLexicon countWords) {
        this.triggers = triggers;
        this.qualifiers = qualifiers;
        this.counts = new CountReader(countWords);
    }

    @Override
    public List<EventMention> extract(Article article, List<Entity> entities) {
        LocalDate anchor = publicationDay(article.published());
        List<EventMention> out = new ArrayList<>();
        boolean punctuated = TitleLines.punctuated(article.text());
        for (Span span : SENTENCES.split(article.text())) {
            if (punctuated && TitleLines.title(article.text(), span)) {
                continue;
            }
            Sentence s = Sentence.of(article, span, entities);
            if (!s.words.isEmpty()) {
                out.addAll(sentence(s, article, anchor));
            }
        }
        return out;
    }

    private List<EventMention> sentence(Sentence s, Article article, LocalDate anchor) {
        List<PhraseLexicon.Match> found = new ArrayList<>();
        for (PhraseLexicon.Match m : triggers.findAll(s.words)) {
            if (!insideName(s, m)) {
                found.add(m);
            }
        }
        boolean[] background = BackgroundReader.mark(s, publicationYear(article.published()),
                publicationMonth(article.published()));
        found.removeIf(m -> background[m.from()] && m.entry().flags().contains("casualty"));
        List<DateFinder.Hit> dates = DateFinder.find(s.text(), s.words, 0, s.words.size(), anchor);
        List<CountMention> sentenceCounts = new ArrayList<>(counts.read(s, dates));
        sentenceCounts.removeIf(c -> inBackground(s, background, c));
        found.removeIf(m -> !SenseReader.holds(s, m, type(m),
                ArgumentReader.read(s, type(m), m.from(), m.to(), m.entry().flags().contains("v")), sentenceCounts));
        boolean violent = found.stream().anyMatch(m -> VIOLENT.contains(type(m)) && !m.entry().flags().contains("casualty"));
        Map<EventType, PhraseLexicon.Match> chosen = new EnumMap<>(EventType.class);
        Map<EventType, Modality> modality = new EnumMap<>(EventType.class);
        for (PhraseLexicon.Match m : found) {
            if (violent && m.entry().flags().contains("casualty")) {
                continue;
            }
            EventType t = type(m);
            Modality mod = background[m.from()] ? Modality.BACKGROUND : ModalityReader.read(s, m.from(), m.prefix());
            if (!chosen.containsKey(t) || (!modality.get(t).isReal() && mod.isReal())) {
                chosen.put(t, m);
                modality.put(t, mod);
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<EventType, List<CountMention>> countsByType = assignCounts(sentenceCounts, chosen, modality);
        List<EventMention> out = new ArrayList<>();
        for (var e : chosen.entrySet()) {
            PhraseLexicon.Match m = e.getValue();
            EventType t = e.getKey();
            ArgumentReader.Arguments args = ArgumentReader.read(s, t, m.from(), m.to(), m.entry().flags().contains("v"));
            DateFinder.Hit date = nearest(deadlinesOut(s, dates), s.words.get(m.from()).start());
            DateValue value;
            EventMention.DateSource source;
            SourceSpan dateSpan = null;
            if (date != null) {
                value = date.value();
                source = date.kind() == DateFinder.Kind.ABSOLUTE ? EventMention.DateSource.EXPLICIT
                        : EventMention.DateSource.RELATIVE;
                dateSpan = SourceSpan.of(article, new Span(date.start(), date.end()));
            } else if (article.published() != null) {
                value = article.published();
                source = EventMention.DateSource.PUBLICATION;
            } else {
                value = null;
                source = EventMention.DateSource.NONE;
            }
            PhraseLexicon.Match q = qualifier(s, m);
            EventMention.Intensity intensity = q == null ? EventMention.Intensity.NONE
                    : EventMention.Intensity.valueOf(q.entry().label());
            out.add(new EventMention(article.id(), t, s.words(m.from(), m.to()), s.source(), modality.get(t),
                    args.actors(), args.targets(), args.location() == null ? null : args.location().entity(),
                    args.location() == null ? null : args.location().span(), places(s), value, source, dateSpan,
                    countsByType.getOrDefault(t, List.of()), intensity, q == null ? null : s.words(m.from(), q.to())));
        }
        out.sort((a, b) -> Integer.compare(a.trigger().start(), b.trigger().start()));
        return out;
    }

    /** Gives each count to the event of the sentence it belongs to. */
    private static Map<EventType, List<CountMention>> assignCounts(List<CountMention> counts,
            Map<EventType, PhraseLexicon.Match> chosen, Map<EventType, Modality> modality) {
        EventType primary = null;
        for (EventType t : PRIMARY) {
            if (chosen.containsKey(t) && modality.get(t).isReal()) {
                primary = t;
                break;
            }
        }
        Map<EventType, List<CountMention>> out = new EnumMap<>(EventType.class);
        for (CountMention c : counts) {
            EventType home = switch (c.count().kind()) {
                case ARRESTED -> chosen.containsKey(EventType.ARREST) ? EventType.ARREST : null;
                case ABDUCTED -> chosen.containsKey(EventType.ABDUCTION) ? EventType.ABDUCTION : null;
                case FIGHTERS -> chosen.containsKey(EventType.MOBILIZATION) ? EventType.MOBILIZATION : primary;
                default -> primary;
            };
            if (home == null && c.count().kind() != Count.Kind.ARRESTED && c.count().kind() != Count.Kind.ABDUCTED
                    && !c.unquantified() && chosen.size() == 1) {
                home = chosen.keySet().iterator().next();
            }
            if (home != null) {
                out.computeIfAbsent(home, k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    /** True when count {@code c} is written inside words that recall an earlier event. */
    private static boolean inBackground(Sentence s, boolean[] background, CountMention c) {
        for (org.isnad.events.text.Word w : s.words) {
            if (w.start() >= c.span().start() && w.start() < c.span().end() && background[w.index()]) {
                return true;
            }
        }
        return false;
    }

    /** The publication month (1-12), or null when the article's date has no month. */
    private static Integer publicationMonth(DateValue published) {
        if (published == null || published.value() == null || published.value().length() < 7
                || published.value().charAt(4) != '-') {
            return null;
        }
        try {
            return Integer.parseInt(published.value().substring(5, 7));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The publication year, or null when the article is undated. */
    private static Integer publicationYear(DateValue published) {
        if (published == null || published.value() == null || published.value().length() < 4
                || !Character.isDigit(published.value().charAt(0))) {
            return null;
        }
        try {
            return Integer.parseInt(published.value().substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private PhraseLexicon.Match qualifier(Sentence s, PhraseLexicon.Match trigger) {
        if (!VIOLENT.contains(type(trigger))) {
            return null;
        }
        for (int k = trigger.to(); k < Math.min(s.words.size(), trigger.to() + 2); k++) {
            if (s.breakBetween(k - 1, k)) {
                return null;
            }
            PhraseLexicon.Match q = qualifiers.matchAt(s.words, k);
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    private static List<String> places(Sentence s) {
        return s.named.stream().filter(n -> n.type() == org.isnad.core.model.EntityType.LOCATION)
                .map(Sentence.Named::entity).distinct().toList();
    }

    private static boolean insideName(Sentence s, PhraseLexicon.Match m) {
        for (Sentence.Named n : s.named) {
            if (m.from() < n.to() && n.from() < m.to()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEADLINE = org.isnad.events.text.Words.keys("حتى", "بحلول", "قبل", "مهلة", "موعد",
            "أمام");

    /** Dates set as deadlines ({@code أمهلت الدولة حتى 11 يوليو}) are not when anything happened. */
    private static List<DateFinder.Hit> deadlinesOut(Sentence s, List<DateFinder.Hit> dates) {
        List<DateFinder.Hit> out = new ArrayList<>();
        for (DateFinder.Hit d : dates) {
            String before = "";
            for (org.isnad.events.text.Word w : s.words) {
                if (w.end() <= d.start()) {
                    before = w.folded();
                }
            }
            if (!DEADLINE.contains(org.isnad.events.text.Affixes.withoutAnd(before))) {
                out.add(d);
            }
        }
        return out;
    }

    private static DateFinder.Hit nearest(List<DateFinder.Hit> dates, int at) {
        DateFinder.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateFinder.Hit d : dates) {
            int distance = at < d.start() ? d.start() - at : Math.max(0, at - d.end());
            if (distance <= MAX_DATE_DISTANCE && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static EventType type(PhraseLexicon.Match m) {
        return EventType.valueOf(m.entry().label());
    }

    /** The publication day when the article's date is day-precise, for anchoring relative dates. */
    static LocalDate publicationDay(DateValue published) {
        if (published == null || published.precision() != DateValue.Precision.DAY || published.value().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.value().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
