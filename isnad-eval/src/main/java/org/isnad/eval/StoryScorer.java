package org.isnad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Story grouping against a stories gold: B-cubed against gold stories and against gold storylines,
 * cluster counts, and the worst clusters both ways, so that a figure comes with what to look at.
 */
public final class StoryScorer {
    private StoryScorer() {
    }

    /** The scores of one gold file and a readable report of them. */
    public record Result(String gold, BCubed stories, BCubed storylines, int goldStories, int goldStorylines,
                         int predictedStories, int predictedStorylines, List<String> report) {
        public Result {
            report = List.copyOf(report);
        }
    }

    /**
     * @param story     ANT id → predicted story id
     * @param storyline ANT id → predicted storyline id (the predicted story when there are no storylines)
     * @param labels    ANT id → a short label of the article (its title), for the report
     */
    public static Result score(Gold.Stories gold, Map<String, String> story, Map<String, String> storyline,
                               Map<String, String> labels) {
        Map<String, String> goldStory = new LinkedHashMap<>();
        Map<String, String> goldLine = new LinkedHashMap<>();
        Map<String, String> goldLabel = new HashMap<>();
        for (Gold.GoldStory s : gold.stories()) {
            goldLabel.put(s.id(), s.label());
            for (String a : s.articles()) {
                goldStory.put(a, s.id());
                goldLine.put(a, s.storyline());
            }
        }
        BCubed bStory = BCubed.score(goldStory, story);
        BCubed bLine = BCubed.score(goldLine, storyline);
        Map<String, Set<String>> predToGold = new HashMap<>();
        Map<String, Set<String>> goldToPred = new HashMap<>();
        Map<String, List<String>> predMembers = new HashMap<>();
        for (String a : goldStory.keySet()) {
            String p = story.getOrDefault(a, "missing:" + a);
            predToGold.computeIfAbsent(p, k -> new TreeSet<>()).add(goldStory.get(a));
            goldToPred.computeIfAbsent(goldStory.get(a), k -> new TreeSet<>()).add(p);
            predMembers.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%s (%s): %d articles, gold %d stories / %d storylines, predicted %d stories / %d storylines",
                gold.name(), gold.split(), goldStory.size(), new TreeSet<>(goldStory.values()).size(),
                new TreeSet<>(goldLine.values()).size(), predToGold.size(),
                goldStory.keySet().stream().map(a -> storyline.getOrDefault(a, "missing:" + a)).distinct().count()));
        report.add(String.format(Locale.ROOT, "  story B3 P %.3f R %.3f F1 %.3f | storyline B3 P %.3f R %.3f F1 %.3f",
                bStory.precision(), bStory.recall(), bStory.f1(), bLine.precision(), bLine.recall(), bLine.f1()));
        report.add("  most impure predicted stories (gold stories mixed):");
        predToGold.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(5).forEach(e -> report.add("    " + predMembers.get(e.getKey()).size() + " articles, "
                        + e.getValue().size() + " gold stories: " + labelsOf(e.getValue(), goldLabel)));
        report.add("  most split gold stories (predicted stories it is spread over):");
        goldToPred.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(5).forEach(e -> report.add("    " + e.getKey() + " «" + goldLabel.get(e.getKey()) + "» in "
                        + e.getValue().size() + " predicted stories"));
        int goldStories = new TreeSet<>(goldStory.values()).size();
        int goldLines = new TreeSet<>(goldLine.values()).size();
        int predLines = (int) goldStory.keySet().stream().map(a -> storyline.getOrDefault(a, "missing:" + a)).distinct().count();
        return new Result(gold.name(), bStory, bLine, goldStories, goldLines, predToGold.size(), predLines, report);
    }

    private static String labelsOf(Set<String> goldStories, Map<String, String> goldLabel) {
        List<String> out = new ArrayList<>();
        for (String g : goldStories) {
            out.add("«" + goldLabel.get(g) + "»");
            if (out.size() == 3) {
                out.add("…");
                break;
            }
        }
        return String.join(", ", out);
    }
}
