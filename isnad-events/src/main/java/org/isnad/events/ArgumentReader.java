package org.isnad.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.isnad.events.text.Affixes;

/**
 * Fills in who acted, who was acted upon and where (package-private), from the entity mentions of the
 * trigger's sentence:
 * <ul>
 * <li>{@code بين X و Y}: both actors (clashes, talks, agreements are symmetric: everyone is an actor);</li>
 * <li>{@code ... ضد Y}: Y is a target; {@code على يد X}, {@code من قبل X}: X is an actor;</li>
 * <li>a verb trigger: the first name after it is its subject (actor), the next one its object (target),
 *     unless a name right before the verb is the subject;</li>
 * <li>a verbal-noun trigger: the name right after it is its object ({@code اعتقال X} → target) and the
 *     nearest name before it in the same clause, not behind a complementizer {@code أن/إن}, its agent;</li>
 * <li>the place: a LOCATION in the sentence, preferring one introduced by a town word
 *     ({@code مدينة، بلدة، قرية، مخيم، حي}) over one introduced by a region word ({@code ريف، محافظة،
 *     شمال ...}, the container in {@code X بريف Y}), then the one nearest the trigger.</li>
 * </ul>
 */
final class ArgumentReader {
    /** The arguments of one trigger. */
    record Arguments(List<String> actors, List<String> targets, Sentence.Named location) {
    }

    private static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.ARMED_CLASH, EventType.NEGOTIATION,
            EventType.AGREEMENT);
    private static final Set<EventType> SUBJECT_AFTER_NOUN = EnumSet.of(EventType.MOBILIZATION, EventType.PROTEST,
            EventType.STATEMENT, EventType.OTHER);
    static final Set<String> TOWN = Set.of("مدينه", "بلده", "قريه", "مخيم", "حي", "ناحيه", "بلدات",
            "قري", "مدن", "مخيمات", "احياء", "مركز", "مطار", "سجن");
    static final Set<String> REGION = Set.of("ريف", "محافظه", "ولايه", "اقليم", "شمال", "جنوب", "شرق",
            "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "محيط", "منطقه", "دوله", "بلاد", "قضاء");
    /** Words before a place that make it a partner, a destination or an origin, not where it happened. */
    private static final Set<String> NOT_HERE = Set.of("مع", "الي", "من", "عن", "باسم", "لدي", "بدعم", "دعم", "سفير",
            "سفاره", "حكومه", "نحو", "باتجاه", "تجاه");
    /** Words that end the clause an agent can be found in, looking back from a trigger. */
    private static final Set<String> CLAUSE_START = Set.of("ان", "بان", "وان", "فان", "قال", "اكد", "اكدت", "قالت",
            "بعد", "قبل", "عقب", "اثر", "خلال", "حيث", "التي", "الذي", "الذين", "بينما", "فيما", "وسط",
            "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه", "لانها");
    private static final String RESPONSIBILITY = org.isnad.arabic.ArabicNormalizer.fold("مسؤولي");
    /** Verbs that report news ({@code كشف X عن مقتل ...}): X is the reporter, not the agent. */
    private static final Set<String> REPORTING = Set.of("كشف", "كشفت", "اعلن", "اعلنت", "تحدث", "تحدثت", "افاد",
            "افادت", "ابلغ", "ابلغت", "اخبر", "اخبرت", "عبر", "عبرت", "اعرب", "اعربت");

    private ArgumentReader() {
    }

    static Arguments read(Sentence s, EventType type, int from, int to, boolean verb) {
        Set<String> actors = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        List<Sentence.Named> agents = new ArrayList<>();
        for (Sentence.Named n : s.named) {
            if (n.type() != EntityType.LOCATION) {
                agents.add(n);
            }
        }
        boolean symmetric = SYMMETRIC.contains(type);
        int between = find(s, to, "بين", 6);
        if (between >= 0) {
            List<Sentence.Named> pair = pairAfter(s, agents, between);
            (symmetric ? actors : targets).addAll(pair.stream().map(Sentence.Named::entity).toList());
        }
        int against = find(s, to, "ضد", 8);
        if (against >= 0) {
            Sentence.Named t = firstAfter(agents, against + 1, 3);
            if (t != null) {
                (symmetric ? actors : targets).add(t.entity());
            }
        }
        int with = find(s, to, "مع", 2);
        if (with >= 0 && symmetric) {
            Sentence.Named t = firstAfter(agents, with + 1, 2);
            if (t != null) {
                actors.add(t.entity());
            }
        }
        for (int k = to; k < s.words.size() - 1; k++) {
            if ((Affixes.is(s.folded(k), "يد") && s.folded(k - 1).endsWith("علي"))
                    || (s.folded(k).equals("قبل") && s.folded(k - 1).equals("من"))) {
                Sentence.Named a = firstAfter(agents, k + 1, 2);
                if (a != null) {
                    actors.add(a.entity());
                }
            }
        }
        if (verb) {
            Sentence.Named before = lastBefore(s, agents, from, 2);
            Sentence.Named after = firstAfter(agents, to, 4);
            if (before != null) {
                actors.add(before.entity());
                if (after != null && actors.size() == 1 && !symmetric) {
                    targets.add(after.entity());
                }
            } else if (after != null) {
                actors.add(after.entity());
                Sentence.Named object = firstAfter(agents, after.to(), 6);
                if (object != null && !symmetric && targets.isEmpty()) {
                    targets.add(object.entity());
                }
            }
        } else {
            Sentence.Named object = firstAfter(agents, to, 2);
            if (object != null && between < 0) {
                if (symmetric || SUBJECT_AFTER_NOUN.contains(type)) {
                    actors.add(object.entity());
                } else if (!actors.contains(object.entity())) {
                    targets.add(object.entity());
                }
            }
            if (!symmetric || actors.size() < 2) {
                Sentence.Named agent = lastBefore(s, agents, from, 8);
                if (agent != null && !targets.contains(agent.entity())) {
                    actors.add(agent.entity());
                }
            }
        }
        targets.removeAll(actors);
        return new Arguments(List.copyOf(actors), List.copyOf(targets), location(s, from));
    }

    /** The best LOCATION of the sentence for a trigger at word {@code at}, or null. */
    static Sentence.Named location(Sentence s, int at) {
        Sentence.Named best = null;
        int bestScore = Integer.MIN_VALUE;
        int dateline = s.span.start() + Datelines.length(s.text().substring(s.span.start(), s.span.end()));
        for (Sentence.Named n : s.named) {
            if (n.type() != EntityType.LOCATION || n.span().start() < dateline) {
                continue; // «دبي، الإمارات (CNN) –»: where the outlet filed from
            }
            String head = s.folded(n.from());
            String before = Affixes.withoutAnd(s.folded(n.from() - 1));
            int score = 0;
            if (NOT_HERE.contains(before)) {
                score -= 30; // «مع الأردن», «إلى فيينا», «من دمشق», «بدعم روسي»: a partner, destination or origin
            } else if (before.equals("في") || attachedBi(s, n)) {
                score += 10; // «في درعا», «بدرعا»
            }
            if (Affixes.isAny(before, TOWN) || Affixes.isAny(head, TOWN)) {
                score += 20;
            }
            if (Affixes.isAny(before, REGION) || Affixes.isAny(head, REGION)) {
                score -= 20;
            }
            score -= Math.min(19, Math.abs(n.from() - at) / 2);
            if (score > bestScore) {
                best = n;
                bestScore = score;
            }
        }
        return best;
    }

    /** {@code بدرعا}: the name written with the preposition {@code ب} on its word. */
    private static boolean attachedBi(Sentence s, Sentence.Named n) {
        int p = n.span().start();
        return p > 0 && s.text().charAt(p - 1) == 'ب' && s.words.get(n.from()).start() < p;
    }

    /** Index of a word reading {@code stem} in {@code [from, from + window)}, or -1. */
    private static int find(Sentence s, int from, String stem, int window) {
        for (int k = from; k < Math.min(s.words.size(), from + window); k++) {
            String f = s.folded(k);
            if (f.equals(stem) || (f.length() == stem.length() + 1 && f.startsWith("و") && f.endsWith(stem))) {
                return k;
            }
        }
        return -1;
    }

    /** The first name after {@code بين} and the first later one joined to it by {@code و}. */
    private static List<Sentence.Named> pairAfter(Sentence s, List<Sentence.Named> agents, int between) {
        List<Sentence.Named> out = new ArrayList<>();
        for (Sentence.Named n : agents) {
            if (n.from() <= between) {
                continue;
            }
            if (out.isEmpty()) {
                if (n.from() - between <= 3) {
                    out.add(n);
                }
            } else if (joinedByAnd(s, n)) {
                out.add(n);
                break;
            }
        }
        return out;
    }

    private static boolean joinedByAnd(Sentence s, Sentence.Named n) {
        int start = n.span().start();
        String t = s.text();
        if (start > 0 && t.charAt(start - 1) == 'و') {
            return true;
        }
        if (n.span().text().startsWith("و")) {
            return true;
        }
        return s.folded(n.from() - 1).equals("و") || s.words.get(n.from()).folded().startsWith("و");
    }

    private static Sentence.Named firstAfter(List<Sentence.Named> agents, int from, int window) {
        for (Sentence.Named n : agents) {
            if (n.from() >= from && n.from() - from < window) {
                return n;
            }
            if (n.from() >= from + window) {
                break;
            }
        }
        return null;
    }

    /** True for {@code كشف X عن <trigger>}: a reporting verb before the name and {@code عن} after it. */
    private static boolean reporter(Sentence s, Sentence.Named name, int trigger) {
        boolean about = false;
        for (int k = name.to(); k < trigger; k++) {
            about |= s.folded(k).equals("عن");
            if (s.folded(k).contains(RESPONSIBILITY)) {
                return false; // أعلنت X مسؤوليتها عن الهجوم: X is the claimed doer
            }
        }
        if (!about) {
            return false;
        }
        for (int k = name.from() - 1; k >= Math.max(0, name.from() - 6); k--) {
            if (REPORTING.contains(Affixes.withoutAnd(s.folded(k)))) {
                return true;
            }
        }
        return false;
    }

    private static Sentence.Named lastBefore(Sentence s, List<Sentence.Named> agents, int from, int window) {
        Sentence.Named best = null;
        for (Sentence.Named n : agents) {
            if (n.to() <= from && from - n.to() <= window) {
                best = n;
            }
        }
        if (best == null || s.quoted(best.from()) != s.quoted(from)) {
            return null;
        }
        if (reporter(s, best, from)) {
            return null;
        }
        for (int k = best.to(); k < from; k++) {
            if (CLAUSE_START.contains(Affixes.withoutAnd(s.folded(k))) || s.quoted(k) != s.quoted(from)) {
                return null;
            }
        }
        return best;
    }
}
