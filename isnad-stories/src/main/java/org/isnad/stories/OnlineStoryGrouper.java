package org.isnad.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;
import org.isnad.core.stage.StoryGrouper;

/**
 * Groups articles as a news desk receives them: in publication order (undated articles where they stand
 * in the input), one at a time through {@link StoryAssigner}, whose score is learned from the
 * development gold ({@link StoryModel}). Stories are linked into storylines as they open. Titles come
 * from each story's most central article. Cost grows linearly with the input: each article is scored
 * against a bounded number of candidate stories found through an inverted index.
 */
public final class OnlineStoryGrouper implements StoryGrouper {
    private final TermVectors vectors;
    private final StoryModel model;

    public OnlineStoryGrouper() {
        this(DocumentFrequencies.bundled(), StoryModel.bundled());
    }

    public OnlineStoryGrouper(DocumentFrequencies df, StoryModel model) {
        this.vectors = new TermVectors(df);
        this.model = model;
    }

    public StoryModel model() {
        return model;
    }

    @Override
    public List<Group> group(List<Article> articles) {
        return group(articles, List.of());
    }

    @Override
    public List<Group> group(List<Article> articles, List<Mention> mentions) {
        Map<String, List<Mention>> byArticle = new HashMap<>();
        for (Mention m : mentions) {
            byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        }
        // each article's vectors depend on it alone: made on all cores, in article order
        List<StoryDoc> docs = IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> StoryDoc.of(i, articles.get(i), byArticle.getOrDefault(articles.get(i).id(), List.of()), vectors))
                .toList();
        StoryAssigner assigner = new StoryAssigner(model);
        StoryAssigner.State state = new StoryAssigner.State();
        Map<String, List<StoryDoc>> members = new LinkedHashMap<>();
        Map<String, String> lineOf = new HashMap<>();
        for (StoryDoc d : publicationOrder(docs)) {
            StoryAssigner.Decision decision = assigner.assign(state, d);
            members.computeIfAbsent(decision.story(), k -> new ArrayList<>()).add(d);
            lineOf.put(decision.story(), decision.storyline());
            for (String gone : decision.merged()) {
                List<StoryDoc> moved = members.remove(gone);
                if (moved != null) {
                    members.get(decision.story()).addAll(moved);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        Map<String, String> lineIds = new HashMap<>();
        for (var e : members.entrySet()) {
            List<StoryDoc> ds = e.getValue();
            List<Integer> idx = ds.stream().map(StoryDoc::index).sorted().toList();
            StoryDoc central = central(ds);
            // a storyline is named after the first article of its first story, like a story id
            String line = lineIds.computeIfAbsent(lineOf.get(e.getKey()), k -> "l" + articles.get(idx.get(0)).id());
            groups.add(new Group(idx, articles.get(central.index()).title(), line));
        }
        groups.sort(Comparator.comparing(g -> g.members().get(0)));
        return groups;
    }

    /** Dated articles by time; an undated one keeps its place after the article it followed in the input. */
    static List<StoryDoc> publicationOrder(List<StoryDoc> docs) {
        List<long[]> keys = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (StoryDoc d : docs) {
            long t = d.time() != null ? d.time() : previous;
            previous = t;
            keys.add(new long[] {t, d.index()});
        }
        keys.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
        List<StoryDoc> out = new ArrayList<>();
        keys.forEach(k -> out.add(docs.get((int) k[1])));
        return out;
    }

    /** The member closest to the story's centroid: its headline names the story. */
    static StoryDoc central(List<StoryDoc> ds) {
        if (ds.size() <= 2) {
            return ds.get(0);
        }
        Map<String, Double> centroid = new HashMap<>();
        ds.forEach(d -> d.vector().forEach((k, w) -> centroid.merge(k, w, Double::sum)));
        StoryDoc best = ds.get(0);
        double bestScore = -1;
        for (StoryDoc d : ds) {
            double s = PairFeatures.cosine(d.vector(), centroid);
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }
}
