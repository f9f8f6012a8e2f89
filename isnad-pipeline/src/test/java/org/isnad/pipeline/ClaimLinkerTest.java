package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.claims.stance.StanceLabel;
import org.isnad.claims.stance.StatementComparer;
import org.isnad.claims.stance.TrainedStatementComparer;
import org.isnad.core.model.Claim;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Stance;
import org.junit.jupiter.api.Test;

class ClaimLinkerTest {
    static Claim claim(String id, String article, String speaker, String text) {
        return new Claim(id, new SourceSpan(article, 0, text.length(), text), speaker, "المتحدث", null, "قال",
                Stance.ASSERTS, List.of(), List.of(), "s1");
    }

    final ClaimLinker linker = new ClaimLinker(TrainedStatementComparer.load());

    @Test
    void oneSourceQuotedByTwoOutletsCorroboratesItself() {
        List<Claim> linked = linker.link(List.of(
                claim("a1-c1", "a1", "e1", "قوات الشرطة سعت إلى التفاوض مع المسلحين قبل اقتحام المبنى لكنهم رفضوا"),
                claim("a2-c1", "a2", "e1", "الشرطة سعت للتفاوض مع المسلحين لكنهم رفضوا وأطلقوا النار على عناصرها")));
        assertEquals(List.of("a2-c1"), linked.get(0).corroboratedBy());
        assertEquals(List.of("a1-c1"), linked.get(1).corroboratedBy());
        assertTrue(linked.get(0).contradictedBy().isEmpty());
    }

    @Test
    void claimsOfCopiesOfOneTextDoNotCorroborateEachOther() {
        String said = "قوات الشرطة سعت إلى التفاوض مع المسلحين قبل اقتحام المبنى لكنهم رفضوا";
        List<Claim> claims = List.of(claim("a1-c1", "a1", "e1", said), claim("a2-c1", "a2", "e1", said),
                claim("a3-c1", "a3", "e1", said),
                claim("a4-c1", "a4", "e1", "الشرطة سعت للتفاوض مع المسلحين لكنهم رفضوا وأطلقوا النار على عناصرها"));
        // a1, a2 and a3 carry one agency text: one report; a4 is the outlet's own
        List<Claim> linked = linker.link(claims, java.util.Map.of("a1", "a1", "a2", "a1", "a3", "a1", "a4", "a4"));
        assertEquals(List.of("a4-c1"), linked.get(0).corroboratedBy(), "a copy does not corroborate what it copies");
        assertEquals(List.of("a4-c1"), linked.get(1).corroboratedBy());
        assertEquals(List.of("a1-c1", "a2-c1", "a3-c1"), linked.get(3).corroboratedBy());
        // without the copies known every outlet corroborates every other
        assertEquals(List.of("a2-c1", "a3-c1", "a4-c1"), linker.link(claims).get(0).corroboratedBy());
    }

    @Test
    void unrelatedStatementsAndStatementsOfOneArticleStayUnlinked() {
        List<Claim> linked = linker.link(List.of(
                claim("a1-c1", "a1", "e1", "الأمطار الغزيرة أغرقت الطرق الرئيسية في المدينة"),
                claim("a1-c2", "a1", "e1", "الأمطار الغزيرة أغرقت الطرق الرئيسية في المدينة ليلا"),
                claim("a2-c1", "a2", "e2", "المنتخب الوطني فاز بالمباراة النهائية بهدفين")));
        for (Claim c : linked) {
            assertTrue(c.corroboratedBy().isEmpty() && c.contradictedBy().isEmpty(), c.toString());
        }
    }

    /**
     * The index only skips pairs that cannot reach the overlap: on the seed sentences, each also
     * carried by another outlet with one word changed, dropped or negated, the links equal those of
     * comparing every pair.
     */
    @Test
    void linksEqualThoseOfComparingEveryPair() throws IOException {
        List<Claim> claims = new ArrayList<>();
        List<String> sentences = seedSentences();
        sentences = sentences.subList(0, Math.min(50, sentences.size()));
        String[] edits = {"", " لم", " أمس", ""};
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            String article = "a" + (i % 7);
            claims.add(claim("c" + i, article, i % 3 == 0 ? "e" + (i % 5) : null, s));
            String[] words = s.split(" ");
            String variant = i % 2 == 0 ? s.replaceFirst(" ", edits[i % 4] + " ")
                    : String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.max(1, words.length - 2)));
            claims.add(claim("v" + i, "b" + (i % 5), i % 4 == 0 ? "e" + (i % 5) : null, variant));
        }
        assertTrue(claims.size() >= 100, "enough claims: " + claims.size());
        List<Claim> fast = linker.link(claims);
        List<Claim> slow = everyPair(claims);
        assertEquals(slow, fast);
        assertTrue(fast.stream().anyMatch(c -> !c.corroboratedBy().isEmpty()), "some links to compare");
    }

    private static List<String> seedSentences() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "..", "shared", "corpus", "seeds"))) {
            for (Path p : files.sorted().toList()) {
                for (String s : Files.readString(p).split("[.!؟\\n]")) {
                    if (s.trim().split(" ").length >= 4) {
                        out.add(s.trim());
                    }
                }
            }
        }
        return out;
    }

    /** The linking as it was before the index: the classifier on every pair, the overlap checked after. */
    private static List<Claim> everyPair(List<Claim> claims) {
        StatementComparer comparer = TrainedStatementComparer.load();
        int n = claims.size();
        List<Set<String>> agree = new ArrayList<>();
        List<Set<String>> disagree = new ArrayList<>();
        for (Claim c : claims) {
            agree.add(new LinkedHashSet<>(c.corroboratedBy()));
            disagree.add(new LinkedHashSet<>(c.contradictedBy()));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.span().article().equals(b.span().article())) {
                    continue;
                }
                StatementComparer.Comparison c = comparer.compare(a.span().text(), b.span().text());
                if (c.overlap() < ClaimLinker.MIN_OVERLAP) {
                    continue;
                }
                boolean sameSpeaker = a.speaker() != null && a.speaker().equals(b.speaker());
                if (sameSpeaker || c.label() == StanceLabel.AGREE && c.margin() >= ClaimLinker.MIN_MARGIN) {
                    agree.get(i).add(b.id());
                    agree.get(j).add(a.id());
                } else if (c.label() == StanceLabel.DISAGREE && c.margin() >= ClaimLinker.MIN_MARGIN
                        && c.overlap() >= ClaimLinker.MIN_OVERLAP_TO_CONTRADICT) {
                    disagree.get(i).add(b.id());
                    disagree.get(j).add(a.id());
                }
            }
        }
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            out.add(new Claim(c.id(), c.span(), c.speaker(), c.speakerText(), c.channel(), c.cue(), c.stance(),
                    List.copyOf(agree.get(i)), List.copyOf(disagree.get(i)), c.story()));
        }
        return out;
    }

    @Test
    void matchesNeededFollowsTheOverlapArithmetic() {
        // 1 - 4/5 is just below 0.2 in floating point: one matched stem of five is not enough
        assertEquals(2, OverlapCandidates.matchesNeeded(5, 0.2));
        assertEquals(1, OverlapCandidates.matchesNeeded(4, 0.2));
        assertEquals(1, OverlapCandidates.matchesNeeded(1, 0.2));
    }
}
