package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Span;

/**
 * Scores a dossier (its JSON, the contract of every edge) against analysis gold, over the gold's
 * articles only. Matching rules (all in {@code docs/annotation.md} terms):
 * <ul>
 *   <li><b>claims</b>: a predicted claim matches a gold claim in the same article when its span overlaps
 *       the gold content anchor and at least half of it lies in the anchor's sentence (a claim spanning a
 *       whole article matches nothing); "cue" matching
 *       also needs the same reporting word (clitics و/ف aside). Speaker and stance accuracy are over
 *       matched gold claims.</li>
 *   <li><b>events</b>: a predicted event mention matches a gold mention when it overlaps the gold
 *       trigger and is at most three times the anchor's length; typed matching also needs the same
 *       type. STATEMENT/ACCUSATION/DENIAL are claims in the gold and are left out on both sides.
 *       Place, date, count and actor accuracy are over predicted events mapped to the gold event with
 *       most matched mentions, counting only pairs where either side gives the attribute.</li>
 *   <li><b>entities</b>: names compared after Arabic folding. An alias pair is recalled when one
 *       predicted entity has both forms; a predicted entity is a false merge when its forms belong to two
 *       gold clusters; an entity is a real name of the right type when one of its mentions in the gold
 *       articles is a gold form of a cluster of its type.</li>
 *   <li><b>contradictions</b>: a predicted contradiction matches a gold one when two of its sides lie
 *       in the two gold articles and overlap the sentences of the two gold anchors.</li>
 *   <li><b>key points</b>: each source a key point cites (among the gold's articles) is right when that
 *       article states the point: the point matches a gold key fact (its text contains one of the
 *       fact's anchors, or 70 % of an anchor's words) the article supports, or the article contains
 *       the point's text verbatim.</li>
 * </ul>
 */
public final class DossierScorer {
    private static final Set<String> CLAIM_TYPES = Set.of("STATEMENT", "ACCUSATION", "DENIAL");

    private final JsonNode dossier;
    private final Map<String, String> articleOfAnt = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();
    private final Map<String, JsonNode> entities = new HashMap<>();
    private final Map<String, List<Span>> sentences = new HashMap<>();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tally t;

    private DossierScorer(JsonNode dossier, Tally tally) {
        this.t = tally;
        this.dossier = dossier;
        for (JsonNode a : dossier.path("articles")) {
            articleOfAnt.put(a.path("source").asText(), a.path("id").asText());
            text.put(a.path("id").asText(), a.path("text").asText());
        }
        for (JsonNode e : dossier.path("entities")) {
            entities.put(e.path("id").asText(), e);
        }
    }

    /** The figures, and a report with one line per layer. */
    public record Result(double claimP, double claimR, double claimCueP, double claimCueR, double speakerAcc,
                         double stanceAcc, double eventP, double eventR, double triggerP, double triggerR,
                         double placeAcc, double dateAcc, double countAcc, double actorAcc,
                         double contradictionP, double contradictionR, double aliasR, int falseMerges,
                         int falsePersonMerges, double realNameShare, double keyPointSupportP, List<String> report) {
        public Result {
            report = List.copyOf(report);
        }

        public String summary(String gold) {
            return String.format(Locale.ROOT, "dossier eval: claims P %.2f R %.2f | events P %.2f R %.2f | contradictions P %.2f R %.2f"
                            + " | aliases R %.2f false-merges %d | keypoint-support P %.2f on %s",
                    claimCueP, claimCueR, eventP, eventR, contradictionP, contradictionR, aliasR, falseMerges,
                    keyPointSupportP, gold);
        }
    }

    /** A dossier (whose articles' {@code source} are ANT ids) and the gold it is scored against. */
    public record Part(JsonNode dossier, Gold.Analysis gold) {
    }

    /** Scores {@code dossier} against {@code gold}. */
    public static Result score(JsonNode dossier, Gold.Analysis gold) {
        return score(List.of(new Part(dossier, gold)));
    }

    /** Scores each part and pools the counts over all of them (micro-averaged figures). */
    public static Result score(List<Part> parts) {
        Tally tally = new Tally();
        for (Part p : parts) {
            DossierScorer s = new DossierScorer(p.dossier(), tally);
            for (Gold.AnalysisStory story : p.gold().stories()) {
                s.scoreStory(story);
            }
        }
        return tally.result();
    }

    private void scoreStory(Gold.AnalysisStory story) {
        Set<String> arts = new LinkedHashSet<>();
        for (String ant : story.articles()) {
            String id = articleOfAnt.get(ant);
            if (id == null) {
                t.missingArticles++;
            } else {
                arts.add(id);
            }
        }
        scoreEntities(story, arts);
        scoreClaims(story, arts);
        scoreEvents(story, arts);
        scoreContradictions(story, arts);
        scoreKeyPoints(story, arts);
    }

    // ---- entities

    private void scoreEntities(Gold.AnalysisStory story, Set<String> arts) {
        Map<String, Integer> clusterOfForm = new HashMap<>();
        List<Gold.EntityCluster> clusters = story.entities();
        for (int i = 0; i < clusters.size(); i++) {
            for (String f : clusters.get(i).forms()) {
                clusterOfForm.putIfAbsent(Names.fold(f), i);
            }
        }
        List<Set<String>> predForms = new ArrayList<>();
        for (JsonNode e : dossier.path("entities")) {
            Set<String> mentionForms = new HashSet<>();
            for (JsonNode m : e.path("mentions")) {
                if (arts.contains(m.path("article").asText())) {
                    mentionForms.add(Names.fold(m.path("text").asText()));
                }
            }
            if (mentionForms.isEmpty()) {
                continue;
            }
            Set<String> forms = new HashSet<>(mentionForms);
            for (JsonNode a : e.path("aliases")) {
                forms.add(Names.fold(a.asText()));
            }
            predForms.add(forms);
            t.entities++;
            String type = e.path("type").asText();
            boolean real = mentionForms.stream().map(clusterOfForm::get)
                    .anyMatch(c -> c != null && clusters.get(c).type().equals(type));
            if (real) {
                t.realNames++;
            }
            Set<Integer> hit = new HashSet<>();
            for (String f : forms) {
                Integer c = clusterOfForm.get(f);
                if (c != null) {
                    hit.add(c);
                }
            }
            if (hit.size() > 1) {
                t.falseMerges++;
                if (hit.stream().filter(c -> clusters.get(c).type().equals("PERSON")).count() > 1) {
                    t.falsePersonMerges++;
                }
                t.note("false merge: " + forms);
            }
        }
        for (Gold.EntityCluster c : clusters) {
            List<String> forms = c.forms().stream().map(Names::fold).distinct().toList();
            for (int i = 0; i < forms.size(); i++) {
                for (int j = i + 1; j < forms.size(); j++) {
                    t.aliasPairs++;
                    String a = forms.get(i);
                    String b = forms.get(j);
                    if (predForms.stream().anyMatch(p -> p.contains(a) && p.contains(b))) {
                        t.aliasPairsFound++;
                    }
                }
            }
        }
    }

    // ---- claims

    private void scoreClaims(Gold.AnalysisStory story, Set<String> arts) {
        List<JsonNode> pred = new ArrayList<>();
        for (JsonNode c : dossier.path("claims")) {
            if (arts.contains(c.path("span").path("article").asText())) {
                pred.add(c);
            }
        }
        boolean[] predContent = new boolean[pred.size()];
        boolean[] predCue = new boolean[pred.size()];
        for (Gold.GoldClaim g : story.claims()) {
            Located loc = locate(g.article(), g.content());
            if (loc == null) {
                t.unlocated++;
                continue;
            }
            t.goldClaims++;
            JsonNode best = null;
            boolean bestCue = false;
            for (int i = 0; i < pred.size(); i++) {
                JsonNode p = pred.get(i);
                JsonNode span = p.path("span");
                if (!span.path("article").asText().equals(loc.article) || !claimFits(span, loc)) {
                    continue;
                }
                predContent[i] = true;
                boolean cue = Names.foldCue(p.path("cue").asText()).equals(Names.foldCue(g.cue()));
                predCue[i] |= cue;
                if (best == null || cue && !bestCue) {
                    best = p;
                    bestCue = cue;
                }
            }
            if (best == null) {
                t.note("claim missed: " + g.speaker() + " " + g.cue() + " «" + g.content() + "»");
                continue;
            }
            t.goldClaimsFound++;
            if (bestCue) {
                t.goldClaimsCueFound++;
            }
            if (speakerRight(g.speaker(), best.path("speakerText").asText(null))) {
                t.speakerRight++;
            }
            if (g.stance().equals(best.path("stance").asText())) {
                t.stanceRight++;
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            t.predClaims++;
            t.predClaimsRight += predContent[i] ? 1 : 0;
            t.predClaimsCueRight += predCue[i] ? 1 : 0;
        }
    }

    private boolean claimFits(JsonNode span, Located loc) {
        Span p = new Span(span.path("start").asInt(), span.path("end").asInt());
        int inSentence = Math.min(p.end(), loc.sentence.end()) - Math.max(p.start(), loc.sentence.start());
        return p.overlaps(loc.span) && 2 * inSentence >= p.length();
    }

    static boolean speakerRight(String gold, String predicted) {
        if (gold == null) {
            return predicted == null || predicted.isBlank();
        }
        if (predicted == null || predicted.isBlank()) {
            return false;
        }
        String g = " " + Names.fold(gold) + " ";
        String p = " " + Names.fold(predicted) + " ";
        return p.trim().length() > 1 && (g.contains(p) || p.contains(g));
    }

    // ---- events

    private void scoreEvents(Gold.AnalysisStory story, Set<String> arts) {
        record GoldMention(Gold.GoldEvent event, String article, Span trigger, int anchorLength) {
        }
        List<GoldMention> gold = new ArrayList<>();
        for (Gold.GoldEvent e : story.events()) {
            if (CLAIM_TYPES.contains(e.type())) {
                continue;
            }
            for (Gold.EventMention m : e.mentions()) {
                Located loc = locate(m.article(), m.anchor());
                int k = loc == null ? -1 : m.anchor().indexOf(m.trigger());
                if (loc == null || k < 0) {
                    t.unlocated++;
                    continue;
                }
                int start = loc.span.start() + k;
                gold.add(new GoldMention(e, loc.article, new Span(start, start + m.trigger().length()), m.anchor().length()));
            }
        }
        boolean[] foundTyped = new boolean[gold.size()];
        boolean[] foundAny = new boolean[gold.size()];
        for (JsonNode e : dossier.path("events")) {
            String type = e.path("type").asText();
            if (CLAIM_TYPES.contains(type)) {
                continue;
            }
            Map<Gold.GoldEvent, Integer> votes = new HashMap<>();
            for (JsonNode m : e.path("mentions")) {
                String art = m.path("article").asText();
                if (!arts.contains(art)) {
                    continue;
                }
                Span p = new Span(m.path("start").asInt(), m.path("end").asInt());
                boolean any = false;
                boolean typed = false;
                for (int i = 0; i < gold.size(); i++) {
                    GoldMention g = gold.get(i);
                    if (g.article.equals(art) && p.overlaps(g.trigger) && p.length() <= 3 * g.anchorLength) {
                        any = true;
                        foundAny[i] = true;
                        votes.merge(g.event, 1, Integer::sum);
                        if (g.event.type().equals(type)) {
                            typed = true;
                            foundTyped[i] = true;
                        }
                    }
                }
                t.predMentions++;
                t.predMentionsTrigger += any ? 1 : 0;
                t.predMentionsTyped += typed ? 1 : 0;
                if (!any) {
                    t.note("event mention not in gold: " + type + " «" + m.path("text").asText() + "»");
                }
            }
            votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .ifPresent(best -> scoreArguments(e, best.getKey(), story));
        }
        for (int i = 0; i < gold.size(); i++) {
            t.goldMentions++;
            t.goldMentionsTrigger += foundAny[i] ? 1 : 0;
            t.goldMentionsTyped += foundTyped[i] ? 1 : 0;
            if (!foundTyped[i]) {
                t.note("event mention missed: " + gold.get(i).event.type() + " «" + text.get(gold.get(i).article).substring(
                        gold.get(i).trigger.start(), gold.get(i).trigger.end()) + "»");
            }
        }
    }

    private void scoreArguments(JsonNode e, Gold.GoldEvent g, Gold.AnalysisStory story) {
        String location = e.path("location").asText(null);
        if (g.place() != null || location != null) {
            t.placeCases++;
            if (g.place() != null && location != null && namesMatch(entityForms(location), placeForms(g.place(), story))) {
                t.placeRight++;
            }
        }
        String date = e.path("date").isObject() ? e.path("date").path("value").asText(null) : null;
        if (g.date() != null || date != null) {
            t.dateCases++;
            if (g.date() != null && g.date().equals(date)) {
                t.dateRight++;
            }
        }
        Set<String> goldCounts = new HashSet<>();
        Set<String> goldKinds = new HashSet<>();
        for (Gold.EventMention m : g.mentions()) {
            for (Gold.GoldCount c : m.counts()) {
                goldCounts.add(c.kind() + "=" + c.value());
                goldKinds.add(c.kind());
            }
        }
        Set<String> predCounts = new HashSet<>();
        Set<String> predKinds = new HashSet<>();
        for (JsonNode c : e.path("counts")) {
            predCounts.add(c.path("kind").asText() + "=" + c.path("value").asLong());
            predKinds.add(c.path("kind").asText());
        }
        if (!goldCounts.isEmpty() || !predCounts.isEmpty()) {
            t.countCases++;
            if (goldCounts.containsAll(predCounts) && predKinds.equals(goldKinds)) {
                t.countRight++;
            } else {
                t.note("counts: predicted " + predCounts + " gold " + goldCounts);
            }
        }
        List<String> actors = new ArrayList<>();
        e.path("actors").forEach(a -> actors.add(a.asText()));
        if (!g.actors().isEmpty() || !actors.isEmpty()) {
            t.actorCases++;
            Set<String> goldActors = new HashSet<>();
            g.actors().forEach(a -> goldActors.add(Names.fold(a)));
            if (actors.stream().anyMatch(a -> namesMatch(entityForms(a), goldActors))) {
                t.actorRight++;
            }
        }
    }

    private Set<String> placeForms(String place, Gold.AnalysisStory story) {
        Set<String> out = new HashSet<>();
        String f = Names.fold(place);
        out.add(f);
        for (Gold.EntityCluster c : story.entities()) {
            if (c.forms().stream().map(Names::fold).anyMatch(f::equals)) {
                c.forms().forEach(x -> out.add(Names.fold(x)));
            }
        }
        return out;
    }

    private Set<String> entityForms(String entityId) {
        Set<String> out = new HashSet<>();
        JsonNode e = entities.get(entityId);
        if (e != null) {
            out.add(Names.fold(e.path("name").asText()));
            e.path("aliases").forEach(a -> out.add(Names.fold(a.asText())));
        }
        return out;
    }

    /** Same name when folded forms are equal or one is the other with whole words added (a title, a head). */
    static boolean namesMatch(Set<String> predicted, Set<String> gold) {
        for (String p : predicted) {
            for (String g : gold) {
                if (!p.isEmpty() && !g.isEmpty() && (p.equals(g) || (" " + p + " ").contains(" " + g + " ")
                        || (" " + g + " ").contains(" " + p + " "))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- contradictions

    private void scoreContradictions(Gold.AnalysisStory story, Set<String> arts) {
        record Side(String article, Span sentence) {
        }
        List<Side[]> gold = new ArrayList<>();
        for (Gold.GoldContradiction c : story.contradictions()) {
            Located a = locate(c.a().article(), c.a().text());
            Located b = locate(c.b().article(), c.b().text());
            if (a == null || b == null) {
                t.unlocated++;
                continue;
            }
            gold.add(new Side[] {new Side(a.article, a.sentence), new Side(b.article, b.sentence)});
        }
        boolean[] found = new boolean[gold.size()];
        for (JsonNode s : dossier.path("stories")) {
            for (JsonNode c : s.path("contradictions")) {
                List<JsonNode> sides = new ArrayList<>();
                Set<String> sideArticles = new HashSet<>();
                for (JsonNode side : c.path("sides")) {
                    if (arts.contains(side.path("article").asText())) {
                        sides.add(side);
                        sideArticles.add(side.path("article").asText());
                    }
                }
                if (sideArticles.size() < 2) {
                    continue;
                }
                t.predContradictions++;
                boolean right = false;
                for (int i = 0; i < gold.size(); i++) {
                    Side[] g = gold.get(i);
                    if (covers(sides, g[0].article, g[0].sentence) && covers(sides, g[1].article, g[1].sentence)) {
                        right = true;
                        found[i] = true;
                    }
                }
                if (right) {
                    t.predContradictionsRight++;
                } else {
                    t.note("contradiction not in gold: " + c.path("kind").asText() + " " + c.path("topic").asText());
                }
            }
        }
        for (boolean f : found) {
            t.goldContradictions++;
            t.goldContradictionsFound += f ? 1 : 0;
        }
    }

    private static boolean covers(List<JsonNode> sides, String article, Span sentence) {
        for (JsonNode side : sides) {
            if (side.path("article").asText().equals(article)
                    && new Span(side.path("start").asInt(), side.path("end").asInt()).overlaps(sentence)) {
                return true;
            }
        }
        return false;
    }

    // ---- key points

    private void scoreKeyPoints(Gold.AnalysisStory story, Set<String> arts) {
        for (JsonNode s : dossier.path("stories")) {
            for (JsonNode kp : s.path("keyPoints")) {
                String point = kp.path("text").asText();
                Gold.KeyFact fact = factOf(point, story);
                for (JsonNode src : kp.path("sources")) {
                    String art = src.asText();
                    if (!arts.contains(art)) {
                        continue;
                    }
                    t.keyPointSources++;
                    boolean states = text.getOrDefault(art, "").contains(point)
                            || fact != null && fact.support().stream().anyMatch(a -> art.equals(articleOfAnt.get(a.article())));
                    t.keyPointSourcesRight += states ? 1 : 0;
                }
            }
        }
    }

    private static Gold.KeyFact factOf(String point, Gold.AnalysisStory story) {
        String folded = Names.fold(point);
        Set<String> words = new HashSet<>(List.of(folded.split(" ")));
        for (Gold.KeyFact f : story.keyFacts()) {
            for (Gold.Anchor a : f.support()) {
                String anchor = Names.fold(a.text());
                List<String> aw = List.of(anchor.split(" "));
                long shared = aw.stream().filter(words::contains).count();
                if (folded.contains(anchor) || aw.size() >= 3 && shared >= 0.7 * aw.size()) {
                    return f;
                }
            }
        }
        return null;
    }

    // ---- locating anchors

    private record Located(String article, Span span, Span sentence) {
    }

    private Located locate(String ant, String anchor) {
        String id = articleOfAnt.get(ant);
        String body = id == null ? null : text.get(id);
        int at = body == null || anchor == null || anchor.isEmpty() ? -1 : body.indexOf(anchor);
        if (at < 0) {
            return null;
        }
        Span span = new Span(at, at + anchor.length());
        Span sentence = span;
        for (Span s : sentences.computeIfAbsent(id, k -> splitter.split(body))) {
            if (s.overlaps(span)) {
                sentence = new Span(Math.min(s.start(), sentence.start()), Math.max(s.end(), sentence.end()));
            }
        }
        return new Located(id, span, sentence);
    }

    /** Running counts while scoring; turned into a {@link Result} at the end. */
    private static final class Tally {
        int missingArticles;
        int unlocated;
        int entities;
        int realNames;
        int falseMerges;
        int falsePersonMerges;
        int aliasPairs;
        int aliasPairsFound;
        int goldClaims;
        int goldClaimsFound;
        int goldClaimsCueFound;
        int speakerRight;
        int stanceRight;
        int predClaims;
        int predClaimsRight;
        int predClaimsCueRight;
        int goldMentions;
        int goldMentionsTrigger;
        int goldMentionsTyped;
        int predMentions;
        int predMentionsTrigger;
        int predMentionsTyped;
        int placeCases;
        int placeRight;
        int dateCases;
        int dateRight;
        int countCases;
        int countRight;
        int actorCases;
        int actorRight;
        int goldContradictions;
        int goldContradictionsFound;
        int predContradictions;
        int predContradictionsRight;
        int keyPointSources;
        int keyPointSourcesRight;
        final List<String> notes = new ArrayList<>();

        void note(String s) {
            notes.add(s);
        }

        Result result() {
            List<String> r = new ArrayList<>();
            r.add(String.format(Locale.ROOT, "entities: real names of the right type %.2f (%d/%d) | alias pairs R %.2f (%d/%d) | false merges %d (people %d)",
                    div(realNames, entities), realNames, entities, div(aliasPairsFound, aliasPairs), aliasPairsFound, aliasPairs,
                    falseMerges, falsePersonMerges));
            r.add(String.format(Locale.ROOT, "claims: content P %.2f (%d/%d) R %.2f (%d/%d) | cue+content P %.2f R %.2f | speaker acc %.2f | stance acc %.2f (over %d matched)",
                    div(predClaimsRight, predClaims), predClaimsRight, predClaims, div(goldClaimsFound, goldClaims), goldClaimsFound, goldClaims,
                    div(predClaimsCueRight, predClaims), div(goldClaimsCueFound, goldClaims), div(speakerRight, goldClaimsFound),
                    div(stanceRight, goldClaimsFound), goldClaimsFound));
            r.add(String.format(Locale.ROOT, "events: type+trigger P %.2f (%d/%d) R %.2f (%d/%d) | trigger P %.2f R %.2f | place %.2f (%d) date %.2f (%d) counts %.2f (%d) actors %.2f (%d)",
                    div(predMentionsTyped, predMentions), predMentionsTyped, predMentions, div(goldMentionsTyped, goldMentions), goldMentionsTyped, goldMentions,
                    div(predMentionsTrigger, predMentions), div(goldMentionsTrigger, goldMentions), div(placeRight, placeCases), placeCases,
                    div(dateRight, dateCases), dateCases, div(countRight, countCases), countCases, div(actorRight, actorCases), actorCases));
            r.add(String.format(Locale.ROOT, "contradictions: P %.2f (%d/%d) R %.2f (%d/%d)",
                    div(predContradictionsRight, predContradictions), predContradictionsRight, predContradictions,
                    div(goldContradictionsFound, goldContradictions), goldContradictionsFound, goldContradictions));
            r.add(String.format(Locale.ROOT, "key points: cited sources that state the point %.2f (%d/%d)",
                    div(keyPointSourcesRight, keyPointSources), keyPointSourcesRight, keyPointSources));
            if (missingArticles > 0 || unlocated > 0) {
                r.add("not scored: " + missingArticles + " gold articles absent from the dossier, " + unlocated + " anchors not found in the analysed text");
            }
            r.add("details (first 40):");
            notes.stream().limit(40).forEach(n -> r.add("  " + n));
            return new Result(div(predClaimsRight, predClaims), div(goldClaimsFound, goldClaims), div(predClaimsCueRight, predClaims),
                    div(goldClaimsCueFound, goldClaims), div(speakerRight, goldClaimsFound), div(stanceRight, goldClaimsFound),
                    div(predMentionsTyped, predMentions), div(goldMentionsTyped, goldMentions), div(predMentionsTrigger, predMentions),
                    div(goldMentionsTrigger, goldMentions), div(placeRight, placeCases), div(dateRight, dateCases),
                    div(countRight, countCases), div(actorRight, actorCases), div(predContradictionsRight, predContradictions),
                    div(goldContradictionsFound, goldContradictions), div(aliasPairsFound, aliasPairs), falseMerges, falsePersonMerges,
                    div(realNames, entities), div(keyPointSourcesRight, keyPointSources), r);
        }

        private static double div(int a, int b) {
            return b == 0 ? 0 : a / (double) b;
        }
    }
}
