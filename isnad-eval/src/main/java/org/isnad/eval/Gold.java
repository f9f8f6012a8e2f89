package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The development gold's two kinds of file, as immutable records (format: {@code eval/gold/README.md}). */
public final class Gold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {
    }

    /** A {@code stories-*.json} file: every article of a window with its story and storyline. */
    public record Stories(String name, String split, List<GoldStory> stories) {
        public Stories {
            stories = List.copyOf(stories);
        }

        public List<String> articles() {
            return stories.stream().flatMap(s -> s.articles().stream()).toList();
        }
    }

    public record GoldStory(String id, String storyline, String label, List<String> articles) {
        public GoldStory {
            articles = List.copyOf(articles);
        }
    }

    /** An {@code analysis-*.json} file: exhaustively annotated articles of multi-outlet stories. */
    /** {@code from}/{@code to}: the window (days) the stories were drawn from, or null. */
    public record Analysis(String name, String split, String from, String to, List<AnalysisStory> stories) {
        public Analysis {
            stories = List.copyOf(stories);
        }

        public List<String> articles() {
            return stories.stream().flatMap(s -> s.articles().stream()).toList();
        }
    }

    public record AnalysisStory(String id, String label, List<String> articles, List<EntityCluster> entities,
                                List<GoldClaim> claims, List<GoldEvent> events,
                                List<GoldContradiction> contradictions, List<KeyFact> keyFacts) {
        public AnalysisStory {
            articles = List.copyOf(articles);
            entities = List.copyOf(entities);
            claims = List.copyOf(claims);
            events = List.copyOf(events);
            contradictions = List.copyOf(contradictions);
            keyFacts = List.copyOf(keyFacts);
        }
    }

    public record EntityCluster(String type, List<String> forms) {
        public EntityCluster {
            forms = List.copyOf(forms);
        }
    }

    /** An anchor: a short verbatim string of one article's text that locates a span there. */
    public record Anchor(String article, String text) {
    }

    public record GoldClaim(String article, String speaker, String cue, String stance, String content) {
        public Anchor anchor() {
            return new Anchor(article, content);
        }
    }

    public record GoldCount(String kind, long value, boolean approximate) {
    }

    public record EventMention(String article, String trigger, String anchor, List<GoldCount> counts) {
        public EventMention {
            counts = List.copyOf(counts);
        }
    }

    public record GoldEvent(String id, String type, boolean background, List<String> actors, List<String> targets,
                            String place, String date, List<EventMention> mentions) {
        public GoldEvent {
            actors = List.copyOf(actors);
            targets = List.copyOf(targets);
            mentions = List.copyOf(mentions);
        }
    }

    public record GoldContradiction(String kind, String event, String topic, Anchor a, Anchor b) {
    }

    public record KeyFact(String text, List<Anchor> support) {
        public KeyFact {
            support = List.copyOf(support);
        }
    }

    public static Stories readStories(Path file) throws IOException {
        JsonNode root = read(file, "stories");
        List<GoldStory> stories = new ArrayList<>();
        for (JsonNode s : root.path("stories")) {
            stories.add(new GoldStory(s.path("id").asText(), s.path("storyline").asText(), s.path("label").asText(),
                    strings(s.path("articles"))));
        }
        return new Stories(file.getFileName().toString(), root.path("split").asText(), stories);
    }

    public static Analysis readAnalysis(Path file) throws IOException {
        JsonNode root = read(file, "analysis");
        List<AnalysisStory> stories = new ArrayList<>();
        for (JsonNode s : root.path("stories")) {
            List<EntityCluster> entities = new ArrayList<>();
            for (JsonNode e : s.path("entities")) {
                entities.add(new EntityCluster(e.path("type").asText(), strings(e.path("forms"))));
            }
            List<GoldClaim> claims = new ArrayList<>();
            for (JsonNode c : s.path("claims")) {
                claims.add(new GoldClaim(c.path("article").asText(), text(c.get("speaker")), c.path("cue").asText(),
                        c.path("stance").asText(), c.path("content").asText()));
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : s.path("events")) {
                List<EventMention> mentions = new ArrayList<>();
                for (JsonNode m : e.path("mentions")) {
                    List<GoldCount> counts = new ArrayList<>();
                    for (JsonNode c : m.path("counts")) {
                        counts.add(new GoldCount(c.path("kind").asText(), c.path("value").asLong(),
                                c.path("approximate").asBoolean(false)));
                    }
                    mentions.add(new EventMention(m.path("article").asText(), m.path("trigger").asText(),
                            m.path("anchor").asText(), counts));
                }
                events.add(new GoldEvent(e.path("id").asText(), e.path("type").asText(),
                        e.path("background").asBoolean(false), strings(e.path("actors")), strings(e.path("targets")),
                        text(e.get("place")), text(e.get("date")), mentions));
            }
            List<GoldContradiction> contradictions = new ArrayList<>();
            for (JsonNode c : s.path("contradictions")) {
                contradictions.add(new GoldContradiction(c.path("kind").asText(), text(c.get("event")),
                        c.path("topic").asText(), anchor(c.path("a")), anchor(c.path("b"))));
            }
            List<KeyFact> facts = new ArrayList<>();
            for (JsonNode k : s.path("keyFacts")) {
                List<Anchor> support = new ArrayList<>();
                for (JsonNode a : k.path("support")) {
                    support.add(anchor(a));
                }
                facts.add(new KeyFact(k.path("text").asText(), support));
            }
            stories.add(new AnalysisStory(s.path("id").asText(), s.path("label").asText(), strings(s.path("articles")),
                    entities, claims, events, contradictions, facts));
        }
        return new Analysis(file.getFileName().toString(), root.path("split").asText(),
                text(root.path("window").get("from")), text(root.path("window").get("to")), stories);
    }

    private static JsonNode read(Path file, String kind) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !kind.equals(root.path("gold").asText())) {
            throw new IOException(file + ": not a \"" + kind + "\" gold file (field \"gold\")");
        }
        return root;
    }

    private static Anchor anchor(JsonNode n) {
        return new Anchor(n.path("article").asText(), n.path("anchor").asText());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isNull() && !n.asText().isBlank()) {
                out.add(n.asText());
            }
        }
        return out;
    }
}
