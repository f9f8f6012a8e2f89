package org.isnad.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;

/**
 * Greedy merging of compatible mentions. Only mentions of something that happened or was tried
 * ({@link Modality#isReal()}) become events. A mention joins the first event (in order of creation) that
 * it is compatible with, else starts a new one. Compatible means:
 * <ul>
 * <li>same type;</li>
 * <li>dates at most {@code slackDays} apart (one more when either is only the publication date); an
 *     unknown date fits anything;</li>
 * <li>the same place, or no place on either side, or places named together in some sentence of either
 *     report (a town and its province); different places still merge when both reports give the same
 *     written day and share an actor or target (that disagreement is a PLACE contradiction);</li>
 * <li>for arrests, abductions, killings and handovers: if both name whom, they share someone;</li>
 * <li>for agreements: two reports in one article with the same trigger words or place are one agreement
 *     wherever else they place it.</li>
 * </ul>
 * Actors never block a merge: outlets often name different sides of one clash, and disjoint actors of
 * one attack are an ATTRIBUTION contradiction, not two attacks.
 *
 * Afterwards an event that a single article reports joins the first event that several articles report
 * when it has the same type and date, fits its persons and lies in a compatible place (also: one place a
 * country, the other not).
 *
 * <p>The merged event takes the union of actors and targets, the place most mentions give, the date most
 * written dates give (earliest on a tie; the earliest publication date if none was written), and one
 * count per distinct reported figure. Casualties without a number ({@code قتلى وجرحى}) stay on the
 * mentions but give the event no count: a count of 0 would be read as a figure no outlet gave.
 */
public final class CompatibleEventMerger implements EventMerger {
    private static final Set<EventType> PATIENT_DEFINED = EnumSet.of(EventType.ARREST, EventType.ABDUCTION,
            EventType.KILLING, EventType.HANDOVER);

    private static final Set<EventType> SEVERAL_A_DAY = EnumSet.of(EventType.ATTACK, EventType.ARMED_CLASH,
            EventType.KILLING, EventType.RAID_OR_SIEGE);

    private final int slackDays;

    /** A merger allowing dates two days apart. */
    public CompatibleEventMerger() {
        this(2);
    }

    public CompatibleEventMerger(int slackDays) {
        this.slackDays = slackDays;
    }

    @Override
    public List<EventCluster> merge(String storyId, List<EventMention> mentions, String idPrefix, int firstNumber) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            if (!m.modality().isReal()) {
                continue;
            }
            List<EventMention> home = null;
            for (List<EventMention> g : groups) {
                if (fits(g, m)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(m);
        }
        absorbSingleReports(groups, mentions);
        List<EventCluster> out = new ArrayList<>();
        for (List<EventMention> g : groups) {
            List<EventMention> reports = reports(g);
            out.add(new EventCluster(build(idPrefix + (firstNumber + out.size()), storyId, reports, g), reports, g));
        }
        return out;
    }

    /**
     * Each article's report of the event: its first mention, and its first mention with a figure when
     * that is another one. Later mentions in one article retell the event (or recall another one beside
     * it) and would add nothing but noise to its spans and counts.
     */
    static List<EventMention> reports(List<EventMention> g) {
        Map<String, List<EventMention>> byArticle = new LinkedHashMap<>();
        for (EventMention m : g) {
            List<EventMention> kept = byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>());
            boolean figure = m.counts().stream().anyMatch(c -> !c.unquantified());
            boolean hasFigure = kept.stream().anyMatch(k -> k.counts().stream().anyMatch(c -> !c.unquantified()));
            if (kept.isEmpty() || (figure && !hasFigure)) {
                kept.add(m);
            }
        }
        Set<EventMention> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        byArticle.values().forEach(keep::addAll);
        return g.stream().filter(keep::contains).toList();
    }

    private boolean fits(List<EventMention> group, EventMention m) {
        if (group.get(0).type() != m.type()) {
            return false;
        }
        for (EventMention o : group) {
            int slack = slackDays + (strong(o) && strong(m) ? 0 : 1);
            if (!Dates.compatible(o.date(), m.date(), slack)) {
                return false;
            }
            if (PATIENT_DEFINED.contains(m.type()) && !o.targets().isEmpty() && !m.targets().isEmpty()
                    && Collections.disjoint(o.targets(), m.targets())) {
                return false;
            }
            if (otherFigure(o, m)) {
                return false;
            }
        }
        if (!anchored(group, m)) {
            return false;
        }
        for (EventMention o : group) {
            if (placesFit(o, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Evidence that {@code m} reports the group's happening and not just another of its type: a mention
     * of the same article (a retelling), a place on both sides (compatibility is checked apart), or a
     * shared actor or target. Two placeless strikes from two outlets may be any two strikes. Only for
     * violence, of which one story holds many happenings a day; talks and deals of one story are one.
     */
    private static boolean anchored(List<EventMention> group, EventMention m) {
        if (!SEVERAL_A_DAY.contains(m.type())) {
            return true;
        }
        for (EventMention o : group) {
            if (o.article().equals(m.article()) || (o.location() != null && m.location() != null)
                    || !Collections.disjoint(parties(o), parties(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves each event that a single article reports into the first event reported by several articles
     * that has its type and date ({@link #sameDate}), fits its persons (arrests, abductions...) and lies
     * in a compatible place ({@link #placesFit}, or one place is a country and the other is not).
     */
    private static void absorbSingleReports(List<List<EventMention>> groups, List<EventMention> input) {
        Map<EventMention, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < input.size(); i++) {
            position.putIfAbsent(input.get(i), i);
        }
        for (int i = 0; i < groups.size(); i++) {
            List<EventMention> single = groups.get(i);
            if (articles(single) != 1) {
                continue;
            }
            for (List<EventMention> home : groups) {
                if (home != single && articles(home) >= 2 && absorbs(home, single)) {
                    home.addAll(single);
                    home.sort(Comparator.comparingInt(position::get));
                    groups.remove(i);
                    i--;
                    break;
                }
            }
        }
        groups.sort(Comparator.comparingInt(g -> position.get(g.get(0)))); // ids follow first mentions
    }

    private static boolean absorbs(List<EventMention> home, List<EventMention> single) {
        if (home.get(0).type() != single.get(0).type() || !sameDate(home, single)) {
            return false;
        }
        for (EventMention o : home) {
            for (EventMention m : single) {
                if ((PATIENT_DEFINED.contains(m.type()) && !o.targets().isEmpty() && !m.targets().isEmpty()
                        && Collections.disjoint(o.targets(), m.targets())) || otherFigure(o, m)) {
                    return false;
                }
            }
        }
        if (single.stream().noneMatch(m -> anchored(home, m))) {
            return false;
        }
        for (EventMention o : home) {
            for (EventMention m : single) {
                if (placesFit(o, m) || countryAndPlace(o, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two mentions in one article giving different figures of one kind ({@code اعتقال 271} and, later,
     * {@code اعتقلت السلطات أكثر من 77 ألف شخص منذ ...}) are two happenings, or a happening and a running
     * total: an outlet does not contradict itself in one text.
     */
    static boolean otherFigure(EventMention a, EventMention b) {
        if (!a.article().equals(b.article())) {
            return false;
        }
        for (CountMention x : a.counts()) {
            for (CountMention y : b.counts()) {
                if (!x.unquantified() && !y.unquantified() && x.count().kind() == y.count().kind()
                        && x.count().value() != y.count().value()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The two events' dates (as {@link #build} chooses them) are the same day, or one is unknown. */
    private static boolean sameDate(List<EventMention> a, List<EventMention> b) {
        DateValue x = date(a);
        DateValue y = date(b);
        return x == null || y == null || Dates.compatible(x, y, 0);
    }

    private static boolean countryAndPlace(EventMention a, EventMention b) {
        return a.locationSpan() != null && b.locationSpan() != null
                && Countries.is(a.locationSpan().text()) != Countries.is(b.locationSpan().text());
    }

    private static int articles(List<EventMention> g) {
        return (int) g.stream().map(EventMention::article).distinct().count();
    }

    /**
     * Two agreement reports in one article with the same trigger words or the same place are one
     * agreement told twice (a truce named in the lead and again in the body).
     */
    private static boolean sameAgreementRetold(EventMention a, EventMention b) {
        return a.type() == EventType.AGREEMENT && b.type() == EventType.AGREEMENT && a.article().equals(b.article())
                && (ArabicNormalizer.fold(a.trigger().text()).equals(ArabicNormalizer.fold(b.trigger().text()))
                    || (a.location() != null && a.location().equals(b.location())));
    }

    private static boolean placesFit(EventMention a, EventMention b) {
        if (sameAgreementRetold(a, b)) {
            return true;
        }
        if (a.location() == null || b.location() == null || a.location().equals(b.location())
                || a.places().contains(b.location()) || b.places().contains(a.location())) {
            return true;
        }
        boolean sameWrittenDay = strong(a) && strong(b) && Dates.isDay(a.date()) && a.date().value().equals(b.date().value());
        boolean shareParty = !Collections.disjoint(parties(a), parties(b));
        return sameWrittenDay && shareParty;
    }

    private static Set<String> parties(EventMention m) {
        Set<String> s = new LinkedHashSet<>(m.actors());
        s.addAll(m.targets());
        return s;
    }

    static boolean strong(EventMention m) {
        return m.dateSource() == EventMention.DateSource.EXPLICIT || m.dateSource() == EventMention.DateSource.RELATIVE;
    }

    /** The event of {@code g}'s reports; its date is the one its tellings ({@code told}) write most. */
    private static Event build(String id, String storyId, List<EventMention> g, List<EventMention> told) {
        Set<String> actors = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        Set<SourceSpan> spans = new LinkedHashSet<>();
        for (EventMention m : g) {
            actors.addAll(m.actors());
            targets.addAll(m.targets());
            if (m.location() != null) {
                places.merge(m.location(), 1, Integer::sum);
            }
            spans.add(m.trigger());
        }
        targets.removeAll(actors);
        String location = places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new Event(id, g.get(0).type(), List.copyOf(actors), List.copyOf(targets), location, date(told),
                counts(g), List.copyOf(spans), storyId);
    }

    /** The date most written dates give (earliest on a tie), else the earliest publication date, else null. */
    private static DateValue date(List<EventMention> g) {
        Map<String, Integer> written = new LinkedHashMap<>();
        Map<String, DateValue> writtenValue = new LinkedHashMap<>();
        DateValue published = null;
        for (EventMention m : g) {
            if (strong(m) && m.date() != null) {
                written.merge(m.date().value(), 1, Integer::sum);
                writtenValue.putIfAbsent(m.date().value(), m.date());
            } else if (m.date() != null && (published == null
                    || Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder())
                        .compare(Dates.start(m.date()), Dates.start(published)) < 0)) {
                published = m.date();
            }
        }
        if (written.isEmpty()) {
            return published;
        }
        int top = Collections.max(written.values());
        DateValue fallback = published;
        return written.keySet().stream().filter(v -> written.get(v) == top)
                .min(Comparator.comparing(v -> Dates.start(writtenValue.get(v)),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(writtenValue::get).orElse(fallback);
    }

    private static List<Count> counts(List<EventMention> g) {
        Map<String, Count> byFigure = new LinkedHashMap<>();
        for (EventMention m : g) {
            for (CountMention c : m.counts()) {
                if (!c.unquantified()) {
                    byFigure.putIfAbsent(c.count().kind() + ":" + c.count().value() + ":" + c.count().approximate(), c.count());
                }
            }
        }
        return List.copyOf(byFigure.values());
    }
}
