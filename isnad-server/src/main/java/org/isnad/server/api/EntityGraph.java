package org.isnad.server.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;

/**
 * The entity graph of a story dossier. Nodes: entities, with type and mention count. Edges:
 * {@code co-mention} (undirected: two entities named in the same sentence; weight = sentences),
 * {@code claim} (speaker to each entity named inside what they said) and {@code action} (event
 * actor to event target), both directed with weight = occurrences.
 */
record EntityGraph(List<Node> nodes, List<Edge> edges) {
    record Node(String id, String label, String type, int mentions) {
    }

    record Edge(String source, String target, String kind, boolean directed, int weight) {
    }

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static EntityGraph of(Dossier d) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Entity e : d.entities()) {
            nodes.put(e.id(), new Node(e.id(), e.name(), e.type().name(), e.mentions().size()));
        }
        Map<String, int[]> weights = new LinkedHashMap<>();
        Map<String, Edge> protos = new HashMap<>();
        Map<String, int[]> sentenceEnds = new HashMap<>();
        d.articles().forEach(sa -> sentenceEnds.put(sa.article().id(), sentenceEnds(sa.article().text())));
        // co-mention: entities per (article, sentence)
        Map<String, Set<String>> bySentence = new LinkedHashMap<>();
        for (Entity e : d.entities()) {
            for (SourceSpan m : e.mentions()) {
                int[] ends = sentenceEnds.get(m.article());
                if (ends == null) {
                    continue;
                }
                int i = Arrays.binarySearch(ends, m.start());
                int sentence = i >= 0 ? i + 1 : -i - 1;
                bySentence.computeIfAbsent(m.article() + "#" + sentence, k -> new TreeSet<>()).add(e.id());
            }
        }
        for (Set<String> ids : bySentence.values()) {
            List<String> list = new ArrayList<>(ids);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    add(weights, protos, new Edge(list.get(i), list.get(j), "co-mention", false, 0));
                }
            }
        }
        for (Claim c : d.claims()) {
            if (c.speaker() == null || !nodes.containsKey(c.speaker())) {
                continue;
            }
            for (Entity e : d.entities()) {
                if (e.id().equals(c.speaker())) {
                    continue;
                }
                boolean inside = e.mentions().stream().anyMatch(m -> m.article().equals(c.span().article())
                        && m.start() >= c.span().start() && m.end() <= c.span().end());
                if (inside) {
                    add(weights, protos, new Edge(c.speaker(), e.id(), "claim", true, 0));
                }
            }
        }
        for (Event ev : d.events()) {
            for (String actor : ev.actors()) {
                for (String target : ev.targets()) {
                    if (nodes.containsKey(actor) && nodes.containsKey(target) && !actor.equals(target)) {
                        add(weights, protos, new Edge(actor, target, "action", true, 0));
                    }
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        weights.forEach((key, w) -> {
            Edge p = protos.get(key);
            edges.add(new Edge(p.source(), p.target(), p.kind(), p.directed(), w[0]));
        });
        return new EntityGraph(List.copyOf(nodes.values()), edges);
    }

    private static void add(Map<String, int[]> weights, Map<String, Edge> protos, Edge e) {
        String key = e.kind() + "\u0000" + e.source() + "\u0000" + e.target();
        protos.putIfAbsent(key, e);
        weights.computeIfAbsent(key, k -> new int[1])[0]++;
    }

    /** Offsets where each sentence ends, from the Arabic text layer's sentence splitter. */
    static int[] sentenceEnds(String text) {
        return SPLITTER.split(text).stream().mapToInt(Span::end).toArray();
    }
}
