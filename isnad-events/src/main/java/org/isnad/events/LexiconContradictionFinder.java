package org.isnad.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.core.model.Story.Contradiction;
import org.isnad.events.text.Affixes;
import org.isnad.events.text.PhraseLexicon;
import org.isnad.events.text.Words;

/**
 * Contradictions between the articles of one story, each side an exact span of a different article:
 * <ul>
 * <li>COUNT: one event, one count kind, different figures from two outlets at about the same time
 *     ({@link CountContradictions}: not a running total going up);</li>
 * <li>INTENSITY: one event called limited/sporadic by one outlet and violent/fierce/wide by another;</li>
 * <li>OUTCOME: about one fighting event, one outlet reports a settlement or an end (an agreement event
 *     about its place or parties, {@code عاد الهدوء، انتهت الاشتباكات}) and another that it goes on
 *     unresolved ({@code لا يبدو ... حل، استمرار الاشتباكات، دون التوصل}); cues in {@code outcomes.tsv},
 *     each tied to the event by its sentence;</li>
 * <li>NAME: two entities the resolver kept apart, named differently by different outlets for one
 *     role ({@link NameForms}); aliases of one entity, generic-head and spelling variants never;</li>
 * <li>PLACE: one event of a type that happens at a place (not talks, agreements or statements)
 *     placed by different articles in two places that cannot both be right
 *     ({@link PlaceRelations}: reliable, located, not contained in one another, not a country and a
 *     town); one per pair of places;</li>
 * <li>TIME: one event given two different written days;</li>
 * <li>ATTRIBUTION: one attack, killing or abduction ascribed to disjoint actors, each named in a clear
 *     agent pattern outside a denial ({@link ClearAgents}); or the same words (corroborating claims)
 *     ascribed to two different named speakers.</li>
 * </ul>
 * Each finding gets a confidence ({@link ContradictionConfidence}); {@link #find} shows those at or above
 * the threshold, at most one per kind, topic and pair of values, most important kinds first
 * ({@link ContradictionOrder}).
 */
public final class LexiconContradictionFinder implements ContradictionFinder {
    private static final Set<EventType> CONTEXT_TYPES = EnumSet.of(EventType.ARMED_CLASH, EventType.ATTACK,
            EventType.RAID_OR_SIEGE, EventType.AGREEMENT, EventType.NEGOTIATION);
    private static final Set<String> OUTCOME_CONTEXT = Words.keys("حل", "عنف", "توتر", "توترات", "ازمه", "الموقف",
            "نهايه", "تسويه", "قتال", "معارك", "هدنه", "تهدئه", "اتفاق", "الاحداث", "حسم");
    private static final Set<EventType> ATTRIBUTED = EnumSet.of(EventType.ATTACK, EventType.KILLING,
            EventType.ABDUCTION);
    /** Fighting whose outcome (settled or going on) outlets can disagree about. */
    private static final Set<EventType> FIGHTING = EnumSet.of(EventType.ARMED_CLASH, EventType.ATTACK,
            EventType.RAID_OR_SIEGE);
    /** Events that settle fighting: a truce agreed or talks about it. */
    private static final Set<EventType> SETTLEMENTS = EnumSet.of(EventType.AGREEMENT, EventType.NEGOTIATION);
    /** Words of an agreement that settles fighting (folded, matched inside the sentence). */
    private static final List<String> TRUCE_WORDS = List.of("هدنه", "تهدئه", "تسويه", "مصالحه", "وقف اطلاق النار",
            "وقف القتال", "وقف الاشتباكات", "وقف المعارك", "وقف العمليات", "وقف الاعمال القتاليه");
    /** The root of refusing ({@code رفض، رفضت، يرفض}) just before an agreement word: it was not agreed. */
    private static final String REFUSAL = "رفض";
    private static final int REFUSAL_REACH = 40;
    /** Outcome cues in two articles with no link to one event: weak evidence, kept under the threshold. */
    private static final double UNLINKED = 0.5;
    private static final int NEAR = 4;
    private static final int NONE = -1;
    private static final int MAX_SIDE_WORDS = 10;
    /**
     * Types that happen at one place. Talks, agreements, statements and charges are made in one city
     * about another ({@code اتفاق بشأن دوما} announced in the capital): their places never conflict.
     */
    private static final Set<EventType> PLACED = EnumSet.of(EventType.ARMED_CLASH, EventType.ATTACK,
            EventType.RAID_OR_SIEGE, EventType.ARREST, EventType.ABDUCTION, EventType.KILLING,
            EventType.MOBILIZATION, EventType.HANDOVER, EventType.PROTEST);
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    /**
     * Talks and agreements stretch over days (reached on Friday, announced or signed on Saturday): two
     * days for one of them are weak evidence of a TIME disagreement.
     */
    private static final Set<EventType> PROCESSES = EnumSet.of(EventType.AGREEMENT, EventType.NEGOTIATION);
    private static final double PROCESS_TIME = 0.5;

    private final PhraseLexicon outcomes;
    private final PhraseLexicon triggers;
    private final ClearAgents agentsOf;

    /** A finder with the bundled outcome and trigger lexicons. */
    public LexiconContradictionFinder() {
        this(PhraseLexicon.load(LexiconContradictionFinder.class, "outcomes.tsv"),
                PhraseLexicon.load(LexiconContradictionFinder.class, "triggers.tsv"));
    }

    public LexiconContradictionFinder(PhraseLexicon outcomes, PhraseLexicon triggers) {
        this.outcomes = outcomes;
        this.triggers = triggers;
        this.agentsOf = new ClearAgents(triggers);
    }

    @Override
    public List<Contradiction> find(List<Article> articles, List<Entity> entities, List<EventCluster> events,
                                    List<Claim> claims) {
        List<Contradiction> shown = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        for (ScoredContradiction s : findScored(articles, entities, events, claims)) {
            if (s.confidence() >= ContradictionConfidence.THRESHOLD) {
                List<SourceSpan> sentences = new ArrayList<>();
                for (SourceSpan side : s.contradiction().sides()) {
                    Article a = byId.get(side.article());
                    sentences.add(a == null ? side : ContradictionConfidence.sentenceOf(a, side));
                }
                shown.add(s.contradiction().scored(s.confidence(), sentences));
            }
        }
        return ContradictionOrder.dedupeAndSort(shown);
    }

    /** Every contradiction found, shown or not, with its confidence ({@link ContradictionConfidence}). */
    public List<ScoredContradiction> findScored(List<Article> articles, List<Entity> entities, List<EventCluster> events,
                                                List<Claim> claims) {
        List<ScoredContradiction> out = new ArrayList<>();
        PlaceRelations placeRelations = PlaceRelations.of(articles, entities);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, Set<String>> placeNames = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == org.isnad.core.model.EntityType.LOCATION) {
                Set<String> names = new HashSet<>(e.aliases());
                names.add(e.name());
                placeNames.put(e.id(), names);
            }
        }
        for (EventCluster c : events) {
            CountContradictions.find(c, byId, placeNames, about(c), out);
            intensity(c, out);
            if (PLACED.contains(c.event().type())) {
                place(c, placeRelations, out);
            }
            time(c, out);
            attribution(c, byId, entities, out);
        }
        outcome(articles, events, byId, out);
        List<Contradiction> plain = new ArrayList<>();
        NameForms.find(entities, articles, events, plain);
        ClaimAttribution.find(claims, byId, plain);
        plain.forEach(c -> out.add(ScoredContradiction.of(c)));
        List<ScoredContradiction> scored = out.stream().map(s -> ContradictionConfidence.score(s, byId)).toList();
        return scored;
    }

    private static String about(EventCluster c) {
        return Labels.of(c.event().type()) + " (" + c.event().id() + ")";
    }

    private static void intensity(EventCluster c, List<ScoredContradiction> out) {
        SourceSpan low = null;
        SourceSpan high = null;
        for (EventMention m : c.told()) { // a qualifier may come in any telling of the event
            if (m.intensity() == EventMention.Intensity.LOW && low == null) {
                low = m.intensitySpan();
            } else if (m.intensity() == EventMention.Intensity.HIGH && high == null) {
                high = m.intensitySpan();
            }
        }
        if (low != null && high != null && !low.article().equals(high.article())) {
            out.add(ScoredContradiction.of(new Contradiction(Contradiction.Kind.INTENSITY, "شدة " + about(c) + ": محدودة / عنيفة",
                    List.of(low, high))));
        }
    }

    /**
     * One PLACE contradiction per pair of incompatible places of one event, where one article gives the
     * first place and not the second, and another article the reverse.
     */
    private static void place(EventCluster c, PlaceRelations relations, List<ScoredContradiction> out) {
        Map<String, Set<String>> articlesOf = new LinkedHashMap<>();
        for (EventMention m : c.mentions()) {
            SourceSpan span = relations.eventPlace(m);
            if (span != null) {
                articlesOf.computeIfAbsent(m.location(), k -> new LinkedHashSet<>()).add(m.article());
            }
        }
        List<String> places = new ArrayList<>(articlesOf.keySet());
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                String a = places.get(i);
                String b = places.get(j);
                if (relations.compatible(a, b)) {
                    continue;
                }
                Set<String> onlyA = new LinkedHashSet<>(articlesOf.get(a));
                onlyA.removeAll(articlesOf.get(b));
                Set<String> onlyB = new LinkedHashSet<>(articlesOf.get(b));
                onlyB.removeAll(articlesOf.get(a));
                if (onlyA.isEmpty() || onlyB.isEmpty()) {
                    continue;
                }
                SourceSpan sa = spanIn(c, relations, a, onlyA);
                SourceSpan sb = spanIn(c, relations, b, onlyB);
                out.add(ScoredContradiction.of(new Contradiction(Contradiction.Kind.PLACE, "مكان " + about(c) + ": " + sa.text() + " / " + sb.text(),
                        List.of(sa, sb))));
            }
        }
    }

    /** The first span placing event {@code c} in {@code place} in one of {@code articles}. */
    private static SourceSpan spanIn(EventCluster c, PlaceRelations relations, String place, Set<String> articles) {
        for (EventMention m : c.mentions()) {
            if (place.equals(m.location()) && articles.contains(m.article())) {
                SourceSpan span = relations.eventPlace(m);
                if (span != null) {
                    return span;
                }
            }
        }
        throw new IllegalStateException("no span for " + place);
    }

    private static void time(EventCluster c, List<ScoredContradiction> out) {
        Map<String, SourceSpan> byDay = new LinkedHashMap<>();
        Map<String, String> articleOf = new LinkedHashMap<>();
        for (EventMention m : c.mentions()) {
            if (CompatibleEventMerger.strong(m) && Dates.isDay(m.date()) && m.dateSpan() != null) {
                byDay.putIfAbsent(m.date().value(), m.dateSpan());
                articleOf.putIfAbsent(m.date().value(), m.article());
            }
        }
        if (byDay.size() >= 2 && new HashSet<>(articleOf.values()).size() >= 2) {
            ScoredContradiction found = ScoredContradiction.of(new Contradiction(Contradiction.Kind.TIME,
                    "تاريخ " + about(c) + ": " + String.join(" / ", byDay.keySet()), List.copyOf(byDay.values())));
            out.add(PROCESSES.contains(c.event().type()) ? found.times(PROCESS_TIME) : found);
        }
    }

    /** Two articles naming disjoint doers of one act, each in a clear agent pattern ({@link ClearAgents}). */
    private void attribution(EventCluster c, Map<String, Article> articles, List<Entity> entities,
                             List<ScoredContradiction> out) {
        if (!ATTRIBUTED.contains(c.event().type())) {
            return;
        }
        List<EventMention> withAgents = new ArrayList<>();
        List<Set<String>> agents = new ArrayList<>();
        for (EventMention m : c.mentions()) {
            Set<String> clear = agentsOf.of(m, articles.get(m.article()), entities);
            if (!clear.isEmpty()) {
                withAgents.add(m);
                agents.add(clear);
            }
        }
        for (int i = 0; i < withAgents.size(); i++) {
            for (int j = i + 1; j < withAgents.size(); j++) {
                EventMention a = withAgents.get(i);
                EventMention b = withAgents.get(j);
                if (!a.article().equals(b.article()) && java.util.Collections.disjoint(agents.get(i), agents.get(j))) {
                    out.add(ScoredContradiction.of(new Contradiction(Contradiction.Kind.ATTRIBUTION, "منفذ " + about(c),
                            List.of(a.sentence(), b.sentence()))));
                    return;
                }
            }
        }
    }

    /** One outcome cue: an article says the confrontation ended ({@code ends}) or goes on, in {@code sentence}. */
    private record Cue(String article, boolean ends, SourceSpan side, SourceSpan sentence) {
    }

    /**
     * OUTCOME, per event: for each fighting event (clash, attack, raid or siege), the articles that say it
     * ended or was settled and those that say it goes on unresolved, where a cue is about the event when
     * its sentence holds a mention of the event in the same article, or holds a settlement (an agreement
     * or talks event) whose place or parties are the event's. An article saying both is left out. Cue
     * words anywhere in two articles with no such link stay below the threshold ({@link #UNLINKED}).
     */
    private void outcome(List<Article> articles, List<EventCluster> events, Map<String, Article> byId,
                         List<ScoredContradiction> out) {
        List<Cue> cues = new ArrayList<>();
        for (EventCluster c : events) {
            if (c.event().type() == EventType.AGREEMENT) {
                for (EventMention m : c.mentions()) {
                    if (m.modality() == Modality.ASSERTED && truce(m, byId.get(m.article()))) {
                        cues.add(new Cue(m.article(), true, m.trigger(), m.sentence()));
                    }
                }
            }
        }
        for (Article a : articles) {
            for (Span span : SENTENCES.split(a.text())) {
                Sentence s = Sentence.of(a, span, List.of());
                for (PhraseLexicon.Match m : outcomes.findAll(s.words)) {
                    int context = context(s, m);
                    if (context == NONE) {
                        continue;
                    }
                    boolean ends = m.entry().label().equals("RESOLVED");
                    if (ends && ModalityReader.read(s, m.from(), m.prefix()) == Modality.NEGATED) {
                        ends = false;
                    } else if (!ends && ModalityReader.read(s, m.from(), m.prefix()) == Modality.NEGATED
                            && !m.entry().words().get(0).equals("لم")) {
                        continue;
                    }
                    int from = context >= 0 && context < m.from() && m.from() - context <= MAX_SIDE_WORDS ? context : m.from();
                    int to = context >= m.to() && context - from < MAX_SIDE_WORDS ? context + 1 : m.to();
                    cues.add(new Cue(a.id(), ends, s.words(from, to), SourceSpan.of(a, span)));
                }
            }
        }
        List<Contradiction> linked = new ArrayList<>();
        for (EventCluster c : events) {
            if (FIGHTING.contains(c.event().type())) {
                List<Cue> about = cues.stream().filter(q -> about(q, c, events)).toList();
                Contradiction found = outcomeOf(articles, about, "مآل " + about(c) + ": تهدئة أو انتهاء / استمرار دون حل");
                if (found != null && atOneTime(about, found, byId)) {
                    linked.add(found);
                }
            }
        }
        // one confrontation told as a clash and a raid: its outcome once, with the most sides
        linked.sort(java.util.Comparator.comparingInt((Contradiction x) -> -x.sides().size()));
        List<Contradiction> kept = new ArrayList<>();
        for (Contradiction c : linked) {
            if (kept.stream().noneMatch(k -> articlesOf(k).containsAll(articlesOf(c)))) {
                kept.add(c);
                out.add(ScoredContradiction.of(c));
            }
        }
        if (linked.isEmpty()) {
            Contradiction loose = outcomeOf(articles, cues, "مآل المواجهة: تهدئة أو انتهاء / استمرار دون حل");
            if (loose != null) {
                out.add(ScoredContradiction.of(loose).times(UNLINKED));
            }
        }
    }

    private static Set<String> articlesOf(Contradiction c) {
        Set<String> out = new HashSet<>();
        c.sides().forEach(x -> out.add(x.article()));
        return out;
    }

    /**
     * True when an article saying the fighting ended and one saying it goes on (both sides of
     * {@code found}) are of two outlets, about the same years, and published at about the same time:
     * fighting reported going on clearly after a truce was reported may have resumed, a truce reported
     * clearly after the fighting may have ended it; either is news, not a disagreement.
     */
    private static boolean atOneTime(List<Cue> cues, Contradiction found, Map<String, Article> byId) {
        Set<SourceSpan> sides = new HashSet<>(found.sides());
        for (Cue r : cues) {
            for (Cue o : cues) {
                if (r.ends() && !o.ends() && sides.contains(r.side()) && sides.contains(o.side())) {
                    Article ra = byId.get(r.article());
                    Article oa = byId.get(o.article());
                    if (ContradictionConfidence.canDisagree(List.of(r.side(), o.side()), byId)
                            && !Publication.clearlyLater(ra, oa) && !Publication.clearlyLater(oa, ra)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when agreement mention {@code m} settles fighting: its sentence speaks of a truce, a
     * ceasefire or a settlement, and the agreement is not refused ({@code رفضت ... وقف إطلاق النار}).
     */
    private static boolean truce(EventMention m, Article a) {
        String sentence = ArabicNormalizer.fold(m.sentence().text());
        if (TRUCE_WORDS.stream().noneMatch(sentence::contains) || a == null) {
            return false;
        }
        String before = ArabicNormalizer.fold(a.text().substring(Math.max(m.sentence().start(), m.trigger().start() - REFUSAL_REACH),
                m.trigger().start()));
        return !before.contains(REFUSAL);
    }

    /** The OUTCOME between the articles whose cues say only "ended" and those saying only "goes on", or null. */
    private static Contradiction outcomeOf(List<Article> articles, List<Cue> cues, String topic) {
        Map<String, SourceSpan> resolved = new LinkedHashMap<>();
        Map<String, SourceSpan> ongoing = new LinkedHashMap<>();
        for (Cue q : cues) {
            (q.ends() ? resolved : ongoing).putIfAbsent(q.article(), q.side());
        }
        List<SourceSpan> sides = new ArrayList<>();
        boolean hasEnd = false;
        boolean hasOngoing = false;
        for (Article a : articles) {
            boolean r = resolved.containsKey(a.id());
            boolean o = ongoing.containsKey(a.id());
            if (r && !o) {
                sides.add(resolved.get(a.id()));
                hasEnd = true;
            } else if (o && !r) {
                sides.add(ongoing.get(a.id()));
                hasOngoing = true;
            }
        }
        return hasEnd && hasOngoing ? new Contradiction(Contradiction.Kind.OUTCOME, topic, sides) : null;
    }

    /**
     * True when cue {@code q} is about fighting event {@code c}: its sentence holds a mention of {@code c},
     * or a mention of a settlement event (agreement, talks) of the same article whose place or parties are
     * those of {@code c}.
     */
    private static boolean about(Cue q, EventCluster c, List<EventCluster> events) {
        if (mentionedIn(c, q)) {
            return true;
        }
        for (EventCluster settlement : events) {
            if (SETTLEMENTS.contains(settlement.event().type()) && mentionedIn(settlement, q)
                    && sharePlaceOrParties(settlement.event(), c.event())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionedIn(EventCluster c, Cue q) {
        for (EventMention m : c.told()) {
            if (m.article().equals(q.article()) && m.sentence().start() < q.sentence().end()
                    && q.sentence().start() < m.sentence().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharePlaceOrParties(org.isnad.core.model.Event a, org.isnad.core.model.Event b) {
        if (a.location() != null && a.location().equals(b.location())) {
            return true;
        }
        Set<String> parties = new HashSet<>(a.actors());
        parties.addAll(a.targets());
        return b.actors().stream().anyMatch(parties::contains) || b.targets().stream().anyMatch(parties::contains);
    }

    /**
     * The word that puts an outcome cue in context (a violence or settlement word), the cue's own start
     * for a self-standing cue, or {@link #NONE}.
     */
    private int context(Sentence s, PhraseLexicon.Match m) {
        if (m.entry().flags().contains("self")) {
            return m.from();
        }
        boolean far = m.entry().flags().contains("far");
        int window = far ? s.words.size() : NEAR;
        int best = NONE;
        for (int k = Math.max(0, m.from() - window); k < Math.min(s.words.size(), m.to() + window); k++) {
            if (k >= m.from() && k < m.to()) {
                continue;
            }
            PhraseLexicon.Match t = triggers.matchAt(s.words, k);
            boolean hit = Affixes.isAny(s.folded(k), OUTCOME_CONTEXT)
                    || (!far && t != null && CONTEXT_TYPES.contains(EventType.valueOf(t.entry().label())));
            if (hit && (best == NONE || Math.abs(k - m.from()) < Math.abs(best - m.from()))) {
                best = k;
            }
        }
        return best;
    }
}
