package org.isnad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.Story.Contradiction;

/**
 * COUNT contradictions of one event (package-private): two articles giving one count kind different
 * figures. A pair of figures conflicts only when
 * <ul>
 * <li>both are figures ("number not given" never conflicts), and not equal;</li>
 * <li>one approximate figure is more than a factor 2 from the other, and a vague plural
 *     ({@code عشرات} = 10) is not matched by a figure of its order of magnitude ("dozens" agrees with 31);</li>
 * <li>both reports put the event in one place or share an actor or target ({@link #samePlace});</li>
 * <li>the articles are of two outlets: an outlet does not contradict itself, it updates;</li>
 * <li>the articles were published within a day of each other, the figures' sentences speak of no running
 *     total ({@code ليرتفع عدد القتلى إلى}, {@code منذ}, {@code حصيلة}) and, when both write the event's
 *     day, it is the same day;</li>
 * <li>the higher figure was not published clearly later ({@link Publication#clearlyLater}): 6 killed,
 *     then 25 killed a day later, is a running total going up, not a disagreement;</li>
 * <li>their sentences speak of the same years ({@link TimeFrames}): a toll recalled from an earlier
 *     attack is not this attack's.</li>
 * </ul>
 * Each contradiction is one pair of figures, at most {@value #MAX_PAIRS} pairs per event and kind.
 * Confidence: 1 for two exact figures, 0.8 when one is approximate ({@code نحو، أكثر من}: both may be
 * right), 0.4 when one is a vague plural ({@code آلاف}: an order of magnitude, not a figure).
 */
final class CountContradictions {
    private static final List<String> VAGUE_PLURALS = List.of("عشرات", "مئات", "الاف", "الوف", "ملايين").stream()
            .map(ArabicNormalizer::fold).toList();

    /** At most this many pairs of figures per event and kind: the most confident ones. */
    private static final int MAX_PAIRS = 2;
    /** Figures published further apart than this are two moments of the news, not one fact told twice. */
    private static final java.time.Duration SAME_TIME = java.time.Duration.ofHours(36);
    /**
     * Words of a running total ({@code ليرتفع عدد القتلى إلى 46}, {@code منذ 17 يونيو}, {@code خلال
     * التصعيد}, {@code حصيلة}): such a figure sums several happenings and is compared with none.
     */
    private static final java.util.Set<String> TOTAL = org.isnad.events.text.Words.keys("منذ", "ليرتفع", "ليترفع",
            "لترتفع", "ارتفع", "ارتفعت", "ارتفاع", "يرتفع", "ترتفع", "إجمالي", "الإجمالي", "إجمالا", "تعداد", "مجموع",
            "حصيلة", "الحصيلة", "التصعيد");

    private record Figure(CountMention count, EventMention mention) {
        long value() {
            return count.count().value();
        }
    }

    private CountContradictions() {
    }

    static void find(EventCluster c, Map<String, Article> articles, String about, List<ScoredContradiction> out) {
        find(c, articles, Map.of(), about, out);
    }

    /** As above; {@code placeNames} gives each place entity's names, so two entities of one name meet. */
    static void find(EventCluster c, Map<String, Article> articles, Map<String, java.util.Set<String>> placeNames,
                     String about, List<ScoredContradiction> out) {
        Map<Count.Kind, List<Figure>> byKind = new LinkedHashMap<>();
        for (EventMention m : c.mentions()) {
            for (CountMention cm : m.counts()) {
                if (!cm.unquantified()) {
                    byKind.computeIfAbsent(cm.count().kind(), k -> new ArrayList<>()).add(new Figure(cm, m));
                }
            }
        }
        for (var e : byKind.entrySet()) {
            List<Figure> figures = e.getValue();
            List<ScoredContradiction> pairs = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    Figure a = figures.get(i);
                    Figure b = figures.get(j);
                    double pair = samePlace(c, a.mention(), b.mention(), placeNames) ? conflict(a, b, articles) : 0;
                    String values = Math.min(a.value(), b.value()) + "/" + Math.max(a.value(), b.value());
                    if (pair > 0 && seen.add(values)) {
                        String topic = Labels.of(e.getKey()) + " في " + about + ": " + shown(a) + " / " + shown(b);
                        pairs.add(new ScoredContradiction(new Contradiction(Contradiction.Kind.COUNT, topic,
                                List.of(a.count().span(), b.count().span())), pair));
                    }
                }
            }
            pairs.sort(java.util.Comparator.comparingDouble(x -> -x.confidence()));
            out.addAll(pairs.subList(0, Math.min(MAX_PAIRS, pairs.size())));
        }
    }

    private static String shown(Figure f) {
        return (f.count().count().approximate() ? "~" : "") + f.value();
    }

    /**
     * False when the two reports put the event in two places that cannot be one: both specific (not a
     * country), not the same entity or name, not named together in a sentence of either report (a town
     * and its province), and no actor or target shared. A report's place is its mention's, else that of
     * its article's other report of the event. Figures of two strikes merged into one event by mistake
     * are then never compared.
     */
    static boolean samePlace(EventCluster c, EventMention a, EventMention b, Map<String, java.util.Set<String>> placeNames) {
        if (!java.util.Collections.disjoint(parties(a), parties(b))) {
            return true;
        }
        EventMention x = placed(c, a);
        EventMention y = placed(c, b);
        if (x == null || y == null || country(x) || country(y)) {
            return true; // nothing tells them apart: the merger's evidence stands
        }
        java.util.Set<String> near = names(placesOf(c, a), placeNames);
        java.util.Set<String> far = names(placesOf(c, b), placeNames);
        return x.location().equals(y.location()) || placesOf(c, a).contains(y.location())
                || placesOf(c, b).contains(x.location()) || sameWritten(x, y)
                || names(java.util.Set.of(y.location()), placeNames).stream().anyMatch(near::contains)
                || names(java.util.Set.of(x.location()), placeNames).stream().anyMatch(far::contains);
    }

    private static java.util.Set<String> names(java.util.Set<String> ids, Map<String, java.util.Set<String>> placeNames) {
        java.util.Set<String> out = new java.util.HashSet<>();
        ids.forEach(id -> placeNames.getOrDefault(id, java.util.Set.of()).forEach(n -> out.add(squeezed(n))));
        return out;
    }

    private static boolean country(EventMention m) {
        return m.locationSpan() != null && Countries.is(m.locationSpan().text());
    }

    /** One place name written with and without a space ({@code كوي سنجق / كويسنجق}) that the resolver kept apart. */
    private static boolean sameWritten(EventMention x, EventMention y) {
        return x.locationSpan() != null && y.locationSpan() != null
                && squeezed(x.locationSpan().text()).equals(squeezed(y.locationSpan().text()));
    }

    private static String squeezed(String name) {
        return ArabicNormalizer.fold(name).replace(" ", "");
    }

    private static java.util.Set<String> parties(EventMention m) {
        java.util.Set<String> out = new java.util.HashSet<>(m.actors());
        out.addAll(m.targets());
        return out;
    }

    /** {@code m} when it has a place, else its article's other report of the event that has one, else null. */
    private static EventMention placed(EventCluster c, EventMention m) {
        if (m.location() != null) {
            return m;
        }
        return c.mentions().stream().filter(o -> o.article().equals(m.article()) && o.location() != null)
                .findFirst().orElse(null);
    }

    private static java.util.Set<String> placesOf(EventCluster c, EventMention m) {
        java.util.Set<String> out = new java.util.HashSet<>();
        c.mentions().stream().filter(o -> o.article().equals(m.article())).forEach(o -> out.addAll(o.places()));
        return out;
    }

    /** The confidence that figures {@code a} and {@code b} disagree, 0 when they do not. */
    private static double conflict(Figure a, Figure b, Map<String, Article> articles) {
        long x = a.value();
        long y = b.value();
        if (x == y || a.mention().article().equals(b.mention().article())) {
            return 0;
        }
        Article xa = articles.get(a.mention().article());
        Article ya = articles.get(b.mention().article());
        if (Publication.sameOutlet(xa, ya) || !Publication.close(xa, ya, SAME_TIME)
                || total(a.mention()) || total(b.mention()) || part(a) || part(b)
                || otherDays(day(a.mention(), xa), day(b.mention(), ya))) {
            return 0;
        }
        Article lower = x < y ? xa : ya;
        Article higher = x < y ? ya : xa;
        if (Publication.clearlyLater(higher, lower)) {
            return 0;
        }
        if (!TimeFrames.same(TimeFrames.of(xa, a.mention().sentence()), TimeFrames.of(ya, b.mention().sentence()))) {
            return 0;
        }
        if (vague(a.count(), y) || vague(b.count(), x)) {
            return 0;
        }
        if ((lowerBound(a) && exact(b) && y < x) || (lowerBound(b) && exact(a) && x < y)) {
            return 0.8; // «12 على الأقل» against «9»: below the floor the other outlet gives
        }
        boolean approximate = a.count().count().approximate() || b.count().count().approximate()
                || atLeastAfter(a) || atLeastAfter(b);
        if (approximate && Math.max(x, y) <= 2 * Math.min(x, y)) {
            return 0;
        }
        if (plural(a.count()) || plural(b.count())) {
            return 0.4;
        }
        return approximate ? 0.8 : 1.0;
    }

    /** True when the figure's sentence speaks of a running total. */
    private static boolean total(EventMention m) {
        for (org.isnad.events.text.Word w : org.isnad.events.text.Words.of(m.sentence().text())) {
            if (TOTAL.contains(org.isnad.events.text.Affixes.withoutAnd(w.folded()))) {
                return true;
            }
        }
        return false;
    }

    /** Both reports write a day, and the days differ: two days' happenings. */
    private static boolean otherDays(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * The day a report writes for its event: the mention's written date, else the first day-precise date
     * written in the figure's sentence ({@code مساء السبت}, anchored on the publication day), else null.
     */
    private static String day(EventMention m, Article article) {
        if (CompatibleEventMerger.strong(m) && Dates.isDay(m.date())) {
            return m.date().value();
        }
        if (article == null) {
            return null;
        }
        var words = org.isnad.events.text.Words.of(article.text(), m.sentence().start(), m.sentence().end());
        var anchor = LexiconEventExtractor.publicationDay(article.published());
        for (var d : org.isnad.events.text.DateFinder.find(article.text(), words, 0, words.size(), anchor)) {
            if (Dates.isDay(d.value())) {
                return d.value().value();
            }
        }
        return null;
    }

    /**
     * A part of the toll, not the toll: {@code بينهم ثلاثة أطفال}, {@code منهم}, {@code 15 جريحا في حالة
     * حرجة}.
     */
    private static boolean part(Figure f) {
        String text = f.mention().sentence().text();
        int at = f.count().span().start() - f.mention().sentence().start();
        int end = f.count().span().end() - f.mention().sentence().start();
        if (at < 0 || end > text.length()) {
            return false;
        }
        String before = ArabicNormalizer.fold(text.substring(Math.max(0, at - 14), at));
        String after = ArabicNormalizer.fold(text.substring(end, Math.min(text.length(), end + 30)));
        return before.contains("بينهم") || before.contains("منهم") || before.contains("بينها")
                || after.contains("حاله حرجه") || after.contains("حاله خطيره") || after.contains("حالات حرجه");
    }

    /** A floor: {@code أكثر من 40}, {@code ما لا يقل عن 12}, {@code 12 شخصا على الأقل}. */
    private static boolean lowerBound(Figure f) {
        String text = f.count().count().text() == null ? "" : ArabicNormalizer.fold(f.count().count().text());
        return atLeastAfter(f) || text.contains("علي الاقل") || text.contains("اكثر من") || text.contains("لا يقل");
    }

    private static boolean exact(Figure f) {
        return !f.count().count().approximate() && !atLeastAfter(f);
    }

    /** {@code 30 آخرين على الأقل}: "at least" a few words after the figure. */
    private static boolean atLeastAfter(Figure f) {
        String text = f.mention().sentence().text();
        int end = f.count().span().end() - f.mention().sentence().start();
        if (end < 0 || end > text.length()) {
            return false;
        }
        return ArabicNormalizer.fold(text.substring(end, Math.min(text.length(), end + 24))).contains("علي الاقل");
    }

    /** A vague plural ({@code عشرات} = 10) and a figure of its order of magnitude agree. */
    private static boolean vague(CountMention c, long other) {
        long v = c.count().value();
        return plural(c) && v >= 10 && other >= v && other < 10 * v;
    }

    /** True for an approximate count written as a vague plural ({@code عشرات، آلاف}) rather than a figure. */
    private static boolean plural(CountMention c) {
        if (!c.count().approximate() || c.count().text() == null) {
            return false;
        }
        String text = ArabicNormalizer.fold(c.count().text());
        return VAGUE_PLURALS.stream().anyMatch(text::contains);
    }
}
