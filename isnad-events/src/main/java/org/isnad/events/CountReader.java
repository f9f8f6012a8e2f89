package org.isnad.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Count;
import org.isnad.events.text.Affixes;
import org.isnad.events.text.DateFinder;
import org.isnad.events.text.NumberFinder;
import org.isnad.events.text.PhraseLexicon;

/**
 * Reads the counts of one sentence (package-private): a number next to a word naming what it counts
 * ({@code مقتل 5}, {@code 12 جريحا}, {@code اعتقال اثنين}), a number of fighters ({@code عددهم قد يصل
 * إلى 10 آلاف} after {@code المقاتلين}), and casualties without a number ({@code قتلى وجرحى}), which
 * become "some, number not given" counts ({@link CountMention}).
 */
final class CountReader {
    private static final int NEAR = 2;
    private static final Set<String> COUNT_OF = Set.of("عدد", "عددهم", "عددها", "قوامه", "قوامها", "تعداد");
    private static final Set<Count.Kind> UNQUANTIFIED_KINDS = EnumSet.of(Count.Kind.KILLED, Count.Kind.INJURED);

    private static final int VERB_REACH = 6;
    private static final Set<String> KILLED_VERBS = org.isnad.events.text.Words.keys("قتلوا", "قتلا", "لقوا",
            "مصرعهم", "مصرعه", "مصرعهما", "حتفهم", "حتفه", "حتفهما", "استشهدوا");
    private static final Set<String> INJURED_VERBS = org.isnad.events.text.Words.keys("أصيبوا", "جرحوا", "أصيبا");

    private final PhraseLexicon words;

    CountReader(PhraseLexicon words) {
        this.words = words;
    }

    List<CountMention> read(Sentence s, List<DateFinder.Hit> dates) {
        List<PhraseLexicon.Match> kinds = new ArrayList<>(words.findAll(s.words));
        kinds.removeIf(m -> verbWithObject(s, m));
        List<NumberFinder.Hit> numbers = NumberFinder.find(s.text(), s.words, 0, s.words.size());
        List<CountMention> out = new ArrayList<>();
        List<PhraseLexicon.Match> used = new ArrayList<>();
        for (NumberFinder.Hit n : numbers) {
            if (insideDate(s, n, dates)) {
                continue;
            }
            PhraseLexicon.Match best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (PhraseLexicon.Match m : kinds) {
                int d = -1;
                if (m.to() <= n.from() && m.entry().flags().contains("b")) {
                    d = n.from() - m.to();
                } else if (m.from() >= n.to() && m.entry().flags().contains("a")) {
                    d = m.from() - n.to() + 1; // ties go to the word before the number
                }
                if (d >= 0 && d <= NEAR && d < bestDistance) {
                    best = m;
                    bestDistance = d;
                }
            }
            Count.Kind after = verbAfter(s, n);
            if (after != null && (best == null || best.entry().label().equals("FIGHTERS"))) {
                out.add(mention(s, after, n, n.from(), n.to()));
                if (best != null) {
                    used.add(best);
                }
            } else if (best != null) {
                int from = Math.min(best.from(), n.from());
                int to = Math.max(best.to(), n.to());
                out.add(mention(s, Count.Kind.valueOf(best.entry().label()), n, from, to));
                used.add(best);
            } else if (fightersBefore(s, kinds, n)) {
                out.add(mention(s, Count.Kind.FIGHTERS, n, n.from(), n.to()));
            }
        }
        for (PhraseLexicon.Match m : kinds) {
            Count.Kind kind = Count.Kind.valueOf(m.entry().label());
            if (UNQUANTIFIED_KINDS.contains(kind) && !used.contains(m)
                    && out.stream().noneMatch(c -> c.count().kind() == kind)) {
                var span = s.words(m.from(), m.to());
                out.add(new CountMention(new Count(kind, 0, true, span.text()), span));
            }
        }
        return out;
    }

    /**
     * The kind a casualty verb after the number gives it: {@code 8 من عناصر الحرس قتلوا}, {@code لقي 12
     * شخصا على الأقل مصرعهم}, {@code 5 آخرين أصيبوا}: the number is the verb's subject, within six words
     * of it and in its clause.
     */
    private static Count.Kind verbAfter(Sentence s, NumberFinder.Hit n) {
        for (int k = n.to(); k < Math.min(s.words.size(), n.to() + VERB_REACH); k++) {
            if (s.breakBetween(k - 1, k)) {
                return null;
            }
            String f = Affixes.withoutAnd(s.folded(k));
            if (KILLED_VERBS.contains(f)) {
                return Count.Kind.KILLED;
            }
            if (INJURED_VERBS.contains(f)) {
                return Count.Kind.INJURED;
            }
        }
        return null;
    }

    /**
     * A noun in {@code ة} that is written with {@code ه}: folding makes {@code إصابة} (injury) and
     * {@code أصابه} (it struck him, {@code أصابه بحزن}) one key, the final letter tells them apart.
     */
    private static boolean verbWithObject(Sentence s, PhraseLexicon.Match m) {
        List<String> entry = m.entry().words();
        String last = entry.get(entry.size() - 1);
        String surface = s.words.get(m.to() - 1).surface();
        return last.endsWith("ه") && surface.endsWith("ه") && !surface.endsWith("ته")
                && s.folded(m.to() - 1).endsWith(last);
    }

    private static CountMention mention(Sentence s, Count.Kind kind, NumberFinder.Hit n, int from, int to) {
        var span = s.words(from, to);
        return new CountMention(new Count(kind, n.value(), n.approximate(), span.text()), span);
    }

    /** A number of fighters: "their number" just before it and a fighters word earlier in the sentence. */
    private static boolean fightersBefore(Sentence s, List<PhraseLexicon.Match> kinds, NumberFinder.Hit n) {
        boolean countOf = false;
        for (int k = n.from() - 1; k >= Math.max(0, n.from() - 5); k--) {
            countOf |= Affixes.isAny(s.folded(k), COUNT_OF);
        }
        if (!countOf) {
            return false;
        }
        for (PhraseLexicon.Match m : kinds) {
            if (m.entry().label().equals("FIGHTERS") && m.to() <= n.from() && n.from() - m.to() <= 12) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideDate(Sentence s, NumberFinder.Hit n, List<DateFinder.Hit> dates) {
        int start = s.words.get(n.from()).start();
        int end = s.words.get(n.to() - 1).end();
        for (DateFinder.Hit d : dates) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }
}
