package org.isnad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.Contradiction;
import org.isnad.events.text.Word;
import org.isnad.events.text.Words;

/**
 * NAME contradictions (package-private): two outlets giving genuinely different names to one person or
 * body in one role.
 *
 * <p>Forms the story's entity resolution puts in one entity are aliases of one referent and never
 * conflict (the guidelines: a spelling variant or alias is not a contradiction). A conflict is between
 * two entities the resolver kept apart, of one type (PERSON or ORGANIZATION), where
 * <ul>
 * <li>no article uses both (an article naming both speaks of two referents);</li>
 * <li>they share a distinctive name word (not a generic head such as {@code كتيبة، فرقة، حزب} nor a
 *     title) and each has a distinctive word the other lacks, words compared up to spelling (long
 *     vowels, emphatic or plain letter, final {@code ة/ه/ت}, the article, a short ending); two different common given names
 *     ({@code given-names.txt}) are different words even when they spell alike;</li>
 * <li>they hold the same role: a shared description ({@code المصور الصحفي}) other than a title, or
 *     both are the doers, or both the targets, of one event.</li>
 * </ul>
 * Forms that differ only by a generic head word ({@code كتيبة X / فرقة X}) or by spelling thus never
 * conflict, whether or not the resolver merged them.
 */
final class NameForms {
    /** Generic heads of organization names and titles of people: they name a kind, not the referent. */
    private static final Set<String> GENERIC = Words.keys(
            "كتيبة", "كتائب", "فرقة", "فرق", "لواء", "ألوية", "فوج", "سرية", "سرايا", "جماعة", "جماعات", "حركة",
            "تنظيم", "جبهة", "حزب", "منظمة", "مجموعة", "مجموعات", "قوات", "قوة", "جيش", "هيئة", "مجلس", "وزارة",
            "شركة", "وكالة", "اتحاد", "رابطة", "تجمع", "تحالف", "ميليشيا", "مليشيا", "ميليشيات", "فصيل", "فصائل",
            "الكتيبة", "الفرقة", "اللواء", "الفوج", "الجماعة", "الحركة", "التنظيم", "الجبهة", "الحزب", "المنظمة",
            "المجموعة", "القوات", "الجيش", "الهيئة", "المجلس", "الوزارة", "الشركة", "الوكالة", "الاتحاد",
            "الرئيس", "رئيس", "الشيخ", "شيخ", "الأمير", "أمير", "الملك", "ملك", "الدكتور", "د", "السيد", "السيدة",
            "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "المشير", "الوزير", "وزير", "القائد",
            "قائد", "الزعيم", "الإمام", "المهندس", "المحامي", "الحاج", "بن", "بنت", "ابن", "عبد");
    /** Descriptions that are titles or ranks, shared by many people: no evidence of one role. */
    private static final Set<String> TITLES = GENERIC;
    private static final Set<String> GIVEN = givenNames();
    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

    private NameForms() {
    }

    /** One NAME contradiction per pair of entities given different names for one role. */
    static void find(List<Entity> entities, List<Article> articles, List<EventCluster> events, List<Contradiction> out) {
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                conflict(entities.get(i), entities.get(j), events).ifPresent(out::add);
            }
        }
    }

    static Optional<Contradiction> conflict(Entity a, Entity b, List<EventCluster> events) {
        if (a.type() != b.type() || !NAMED.contains(a.type())) {
            return Optional.empty();
        }
        Set<String> usesA = articlesOf(a);
        Set<String> usesB = articlesOf(b);
        if (usesA.isEmpty() || usesB.isEmpty() || !Collections.disjoint(usesA, usesB)) {
            return Optional.empty();
        }
        Set<String> wa = distinctive(a);
        Set<String> wb = distinctive(b);
        boolean shared = wa.stream().anyMatch(x -> wb.stream().anyMatch(y -> sameWord(x, y)));
        boolean aOwn = wa.stream().anyMatch(x -> wb.stream().noneMatch(y -> sameWord(x, y)));
        boolean bOwn = wb.stream().anyMatch(y -> wa.stream().noneMatch(x -> sameWord(x, y)));
        if (!shared || !aOwn || !bOwn || !sameRole(a, b, events)) {
            return Optional.empty();
        }
        SourceSpan sa = a.mentions().get(0);
        SourceSpan sb = b.mentions().get(0);
        return Optional.of(new Contradiction(Contradiction.Kind.NAME, "اسم " + a.name() + ": " + sa.text() + " / " + sb.text(),
                List.of(sa, sb)));
    }

    private static Set<String> articlesOf(Entity e) {
        Set<String> out = new HashSet<>();
        e.mentions().forEach(m -> out.add(m.article()));
        return out;
    }

    private static Set<String> distinctive(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String alias : e.aliases()) {
            out.addAll(words(alias));
        }
        for (SourceSpan m : e.mentions()) {
            out.addAll(words(m.text()));
        }
        return out;
    }

    /** The folded words of a name without generic heads and titles, and without the conjunction و. */
    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Words.of(name)) {
            String f = w.folded();
            if (GENERIC.contains(f) || f.length() < 2 || w.isNumber()) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** Two words of a name that are one word written two ways (two different given names never are). */
    static boolean sameWord(String x, String y) {
        String a = bare(x);
        String b = bare(y);
        if (a.equals(b)) {
            return true;
        }
        if (GIVEN.contains(a) && GIVEN.contains(b)) {
            return false;
        }
        if (a.length() >= 3 && b.length() >= 3 && (b.startsWith(a) || a.startsWith(b))
                && Math.abs(a.length() - b.length()) <= 2) {
            return true; // a nisba or a short ending: الزيدان / الزيداني
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        return sa.length() >= 2 && sa.equals(sb);
    }

    private static String bare(String folded) {
        String s = folded;
        if (s.startsWith("و") && s.length() > 4 && GIVEN.contains(s.substring(1))) {
            s = s.substring(1);
        }
        return s.startsWith("ال") && s.length() > 4 ? s.substring(2) : s;
    }

    /** Letters a foreign name is written with either way (هاربرت / هاربرط): emphatic and plain as one. */
    private static final String TRANSLITERATION_FROM = "طصثذظضق";
    private static final String TRANSLITERATION_TO = "تسسززدك";

    /**
     * The consonants of a word: long vowels after its first letter dropped, emphatic letters as their
     * plain ones, a final ة/ه/ت as one letter.
     */
    private static String skeleton(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ى')) {
                continue;
            }
            int k = TRANSLITERATION_FROM.indexOf(c);
            c = k >= 0 ? TRANSLITERATION_TO.charAt(k) : c;
            b.append(i == w.length() - 1 && (c == 'ه' || c == 'ت' || c == 'ة') ? 'ه' : c);
        }
        return b.toString();
    }

    /** A shared description that is not a title, or one event whose doers (or targets) both are. */
    private static boolean sameRole(Entity a, Entity b, List<EventCluster> events) {
        Set<String> da = descriptionWords(a);
        Set<String> db = descriptionWords(b);
        if (!Collections.disjoint(da, db)) {
            return true;
        }
        for (EventCluster c : events) {
            if (c.event().actors().contains(a.id()) && c.event().actors().contains(b.id())
                    || c.event().targets().contains(a.id()) && c.event().targets().contains(b.id())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> descriptionWords(Entity e) {
        Set<String> out = new HashSet<>();
        for (String d : e.descriptions()) {
            for (Word w : Words.of(d)) {
                String f = w.folded();
                if (f.length() >= 4 && !TITLES.contains(f) && !w.isNumber()) {
                    out.add(f.startsWith("ال") ? f.substring(2) : f);
                }
            }
        }
        return out;
    }

    private static Set<String> givenNames() {
        Set<String> out = new HashSet<>();
        try (var in = NameForms.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(ArabicNormalizer.fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
