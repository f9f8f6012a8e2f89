package org.isnad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.core.model.Story;

/**
 * Multi-document extractive key points. Every sentence of every article is a candidate. Another article
 * supports a sentence when one of its sentences is similar enough: Dice overlap of content words
 * ({@link ContentWords}: folded, light-stemmed, no function words), plus a bonus per shared entity and
 * for reporting the same merged event. A candidate scores the number of articles that support it
 * (its own included) plus its mean support and a small bonus for opening an article. Points are then
 * picked greedily by score, skipping any too similar to one already picked (maximal marginal relevance),
 * and returned most corroborated first, each with the ids of the articles that support it.
 * With three or more articles at least three points are returned when there are enough sentences.
 * A wire dateline at the front of a point is left out ({@link Datelines}).
 */
public final class CorroborationKeyPointExtractor implements KeyPointExtractor {
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 400;
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private final double supportThreshold;
    private final double redundancyThreshold;

    /** Support from similarity 0.3 up; redundant from 0.45 up. */
    public CorroborationKeyPointExtractor() {
        this(0.3, 0.45);
    }

    public CorroborationKeyPointExtractor(double supportThreshold, double redundancyThreshold) {
        this.supportThreshold = supportThreshold;
        this.redundancyThreshold = redundancyThreshold;
    }

    private record Candidate(int article, int position, SourceSpan span, Set<String> words, Set<String> entities,
                             Set<String> events) {
    }

    private record Scored(Candidate c, Set<String> sources, double score) {
    }

    @Override
    public List<Story.KeyPoint> extract(List<Article> articles, List<Entity> entities, List<EventCluster> events) {
        List<Candidate> cands = candidates(articles, entities, events);
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : cands) {
            Set<String> sources = new TreeSet<>();
            sources.add(c.span().article());
            double total = 0;
            for (int a = 0; a < articles.size(); a++) {
                if (a == c.article()) {
                    continue;
                }
                double best = 0;
                for (Candidate o : cands) {
                    if (o.article() == a) {
                        best = Math.max(best, similarity(c, o));
                    }
                }
                if (best >= supportThreshold) {
                    sources.add(articles.get(a).id());
                    total += best;
                }
            }
            double mean = sources.size() > 1 ? total / (sources.size() - 1) : 0;
            double lead = c.position() < 2 ? 0.2 : 0;
            scored.add(new Scored(c, sources, sources.size() + mean + lead));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        int want = Math.max(3, Math.min(7, articles.size() + 2));
        List<Scored> picked = new ArrayList<>();
        for (Scored s : scored) {
            if (picked.size() >= want) {
                break;
            }
            boolean redundant = picked.stream().anyMatch(p -> similarity(p.c(), s.c()) >= redundancyThreshold);
            boolean singleWhenEnough = s.sources().size() < 2 && picked.size() >= 3 && articles.size() >= 2;
            if (!redundant && !singleWhenEnough) {
                picked.add(s);
            }
        }
        for (Scored s : scored) { // too few distinct points: relax redundancy, never repeat a text
            if (picked.size() >= 3) {
                break;
            }
            if (picked.stream().noneMatch(p -> p.c().span().text().equals(s.c().span().text()))) {
                picked.add(s);
            }
        }
        picked.sort(Comparator.comparingInt((Scored s) -> -s.sources().size()).thenComparingDouble(s -> -s.score()));
        List<Story.KeyPoint> out = new ArrayList<>();
        for (Scored s : picked) {
            out.add(new Story.KeyPoint(Datelines.strip(s.c().span().text()), List.copyOf(s.sources())));
        }
        return out;
    }

    private static double similarity(Candidate a, Candidate b) {
        double sim = ContentWords.dice(a.words(), b.words());
        int shared = 0;
        for (String e : a.entities()) {
            if (b.entities().contains(e)) {
                shared++;
            }
        }
        sim += Math.min(0.1, 0.03 * shared);
        for (String ev : a.events()) {
            if (b.events().contains(ev)) {
                sim += 0.1;
                break;
            }
        }
        return sim;
    }

    private static List<Candidate> candidates(List<Article> articles, List<Entity> entities, List<EventCluster> events) {
        List<Candidate> out = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article art = articles.get(a);
            int position = 0;
            for (Span s : SENTENCES.split(art.text())) {
                Set<String> words = ContentWords.of(art.text(), s.start(), s.end());
                if (words.size() < MIN_WORDS || s.length() > MAX_CHARS) {
                    continue;
                }
                Set<String> ents = new HashSet<>();
                for (Entity e : entities) {
                    if (e.mentions().stream().anyMatch(m -> inside(m, art.id(), s))) {
                        ents.add(e.id());
                    }
                }
                Set<String> evs = new HashSet<>();
                for (EventCluster c : events) {
                    if (c.event().mentions().stream().anyMatch(m -> inside(m, art.id(), s))) {
                        evs.add(c.event().id());
                    }
                }
                out.add(new Candidate(a, position++, SourceSpan.of(art, s), words, ents, evs));
            }
        }
        return out;
    }

    private static boolean inside(SourceSpan m, String article, Span s) {
        return m.article().equals(article) && m.start() >= s.start() && m.end() <= s.end();
    }
}
