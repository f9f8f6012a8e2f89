package org.isnad.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;
import org.isnad.core.stage.DossierWriter;

/**
 * A self-contained, right-to-left HTML page of a dossier (no scripts, no external resources): per story,
 * the key points, entities with aliases, claims by speaker and outlet, contradictions side by side,
 * the timeline, and each article's clean text with entities and claims highlighted by their spans,
 * followed by what cleaning removed. Everything from articles is escaped, never interpreted.
 */
public final class DossierHtml implements DossierWriter {
    public static final String FILE = "dossier.html";

    private static final String CSS = """
            body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","Geeza Pro","Traditional Arabic","Arial",sans-serif;
             margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.8;color:#1d1d1f;background:#fbfbf8}
            h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.35rem;border-bottom:2px solid #c9b98b;padding-bottom:.2rem;margin-top:2rem}
            h3{font-size:1.1rem;margin:1.2rem 0 .4rem}.meta{color:#666;font-size:.9rem}
            table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:right}
            th{background:#f0ece0}.article{background:#fff;border:1px solid #e5e1d5;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
            .text{white-space:pre-wrap}.removed{color:#888;font-size:.85rem}.side{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
            .side>div{background:#fff;border:1px solid #e5e1d5;border-radius:6px;padding:.4rem .7rem}
            .ent-PERSON{background:#dbeafe}.ent-ORGANIZATION{background:#dcfce7}.ent-LOCATION{background:#fef3c7}
            .ent-GROUP{background:#f3e8ff}.ent-OTHER{background:#eee}.claim{border-bottom:2px solid #b45309}
            .tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:3px;background:#eee;margin-inline-start:.3rem}
            .errors{color:#9b1c1c}
            """;

    @Override
    public Path write(Dossier dossier, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        // getBytes replaces what UTF-8 cannot encode instead of failing the whole page
        Files.write(file, render(dossier).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    public static String render(Dossier d) {
        Map<String, Article> articles = new LinkedHashMap<>();
        d.articles().forEach(sa -> articles.put(sa.article().id(), sa.article()));
        Map<String, Entity> entities = new HashMap<>();
        d.entities().forEach(e -> entities.put(e.id(), e));
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>ملف إسناد</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>ملف إسناد</h1>\n<p class=\"meta\">").append(d.articles().size()).append(" مقالات، ")
                .append(d.stories().size()).append(" قصص — <bdi>").append(Html.esc(d.generatedAt().toString())).append("</bdi></p>\n");
        if (!d.errors().isEmpty()) {
            b.append("<h2>مدخلات تعذّرت قراءتها</h2>\n<ul class=\"errors\">\n");
            d.errors().forEach(e -> b.append("<li dir=\"auto\"><bdi>").append(Html.esc(fileName(e.source()))).append("</bdi>: ")
                    .append(Html.esc(e.reason())).append("</li>\n"));
            b.append("</ul>\n");
        }
        DossierIndex index = new DossierIndex(d);
        for (Story s : d.stories()) {
            story(b, index, s, articles, entities);
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void story(StringBuilder b, DossierIndex d, Story s, Map<String, Article> articles,
                              Map<String, Entity> entities) {
        b.append("<section class=\"story\" id=\"").append(Html.esc(s.id())).append("\">\n<h2>")
                .append(Html.esc(s.title())).append("</h2>\n<p class=\"meta\">").append(s.articles().size())
                .append(" مقالات: ");
        s.articles().forEach(id -> b.append(Html.esc(outlet(articles.get(id)))).append(" · "));
        b.append("</p>\n");
        for (Story.Report r : s.reports()) {
            if (r.articles().size() > 1) { // copies of one text: one report, whatever the number of outlets
                b.append("<p class=\"copies\">نسخ من نص واحد").append(r.agency() == null ? "" : " (" + Html.esc(r.agency()) + ")")
                        .append(": ").append(Html.esc(outlets(r.articles(), articles))).append("</p>\n");
            }
        }
        List<Story> related = d.relatedTo(s);
        if (!related.isEmpty()) {
            b.append("<p class=\"storyline\">قصص من السياق نفسه: ");
            for (Story o : related) {
                b.append("<a href=\"#").append(Html.esc(o.id())).append("\">").append(Html.esc(o.title())).append("</a> · ");
            }
            b.append("</p>\n");
        }
        if (!s.keyPoints().isEmpty()) {
            b.append("<h3>النقاط الرئيسية</h3>\n<ol>\n");
            for (Story.KeyPoint kp : s.keyPoints()) {
                b.append("<li>").append(Html.esc(kp.text())).append(" <span class=\"tag\">")
                        .append(Html.esc(outlets(kp.sources(), articles)));
                if (kp.reports() < kp.sources().size()) {
                    b.append(" · ").append(kp.reports()).append(" تقارير مستقلة");
                }
                b.append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
        List<Entity> storyEntities = d.entitiesOf(s);
        if (!storyEntities.isEmpty()) {
            b.append("<h3>الكيانات</h3>\n<table class=\"entities\"><tr><th>الاسم</th><th>النوع</th><th>الأسماء الأخرى</th><th>الأوصاف</th><th>الإشارات</th></tr>\n");
            for (Entity e : storyEntities) {
                b.append("<tr><td class=\"ent-").append(e.type().name()).append("\">").append(Html.esc(e.name()))
                        .append("</td><td>").append(Labels.of(e.type())).append("</td><td>")
                        .append(Html.esc(String.join("، ", e.aliases()))).append("</td><td>")
                        .append(Html.esc(String.join("؛ ", e.descriptions()))).append("</td><td>")
                        .append(e.mentions().size()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        List<Claim> claims = d.claimsOf(s);
        if (!claims.isEmpty()) {
            b.append("<h3>التصريحات</h3>\n");
            speakerByOutlet(b, claims, s, articles, entities);
            b.append("<table class=\"claims\"><tr><th>المتحدث</th><th>الوسيلة</th><th>الفعل</th><th>الموقف</th><th>المضمون</th><th>القناة</th></tr>\n");
            for (Claim c : claims) {
                Entity speaker = c.speaker() == null ? null : entities.get(c.speaker());
                b.append("<tr><td>").append(Html.esc(speaker != null ? speaker.name() : c.speakerText()))
                        .append("</td><td>").append(Html.esc(outlet(articles.get(c.span().article()))))
                        .append("</td><td>").append(Html.esc(c.cue())).append("</td><td>").append(Labels.of(c.stance()))
                        .append("</td><td>").append(Html.esc(c.span().text())).append("</td><td>")
                        .append(Html.esc(c.channel())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        List<Event> events = d.eventsOf(s);
        if (!events.isEmpty()) {
            events(b, events, articles, entities);
        }
        if (!s.contradictions().isEmpty()) {
            b.append("<h3>التناقضات بين المصادر</h3>\n");
            for (Story.Contradiction c : s.contradictions()) {
                b.append("<div class=\"contradiction\"><p><span class=\"tag\">").append(Labels.of(c.kind()))
                        .append("</span> ").append(Html.esc(Labels.topic(c.topic()))).append("</p><div class=\"side\">");
                for (SourceSpan side : c.sides()) {
                    b.append("<div><b>").append(Html.esc(outlet(articles.get(side.article())))).append("</b>: ")
                            .append(Html.esc(side.text())).append("</div>");
                }
                b.append("</div></div>\n");
            }
        }
        if (!s.timeline().isEmpty()) {
            b.append("<h3>التسلسل الزمني</h3>\n<ul class=\"timeline\">\n");
            for (Story.TimelineEntry t : s.timeline()) {
                b.append("<li><b dir=\"ltr\">").append(Html.esc(t.date().value())).append("</b> — ")
                        .append(Html.esc(t.text())).append(" <span class=\"tag\">")
                        .append(Html.esc(outlets(t.sources(), articles))).append("</span></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<h3>المقالات</h3>\n");
        for (String id : s.articles()) {
            Article a = articles.get(id);
            if (a != null) {
                article(b, a, d);
            }
        }
        b.append("</section>\n");
    }

    /** The coded events: who did what to whom, where, when, how many, reported by which outlets. */
    private static void events(StringBuilder b, List<Event> events, Map<String, Article> articles,
                               Map<String, Entity> entities) {
        b.append("<h3>الأحداث</h3>\n<table class=\"events\"><tr><th>النوع</th><th>الفاعل</th><th>المستهدف</th>"
                + "<th>المكان</th><th>التاريخ</th><th>الأعداد</th><th>المصادر</th></tr>\n");
        for (Event e : events) {
            List<String> counts = new ArrayList<>();
            e.counts().forEach(c -> counts.add(Labels.of(c.kind()) + " " + (c.value() == 0 && c.approximate()
                    ? "(" + (c.text() == null ? "?" : c.text()) + ")" : (c.approximate() ? "~" : "") + c.value())));
            List<String> sources = new ArrayList<>();
            e.mentions().stream().map(m -> m.article()).distinct().forEach(id -> sources.add(outlet(articles.get(id))));
            b.append("<tr><td>").append(Labels.of(e.type())).append("</td><td>").append(Html.esc(names(e.actors(), entities)))
                    .append("</td><td>").append(Html.esc(names(e.targets(), entities))).append("</td><td>")
                    .append(Html.esc(e.location() == null ? "" : names(List.of(e.location()), entities)))
                    .append("</td><td dir=\"ltr\">").append(Html.esc(e.date() == null ? "" : e.date().value()))
                    .append("</td><td>").append(Html.esc(String.join("، ", counts))).append("</td><td>")
                    .append(Html.esc(String.join("، ", sources))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static String names(List<String> ids, Map<String, Entity> entities) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            Entity e = entities.get(id);
            names.add(e == null ? id : e.name());
        }
        return String.join("، ", names);
    }

    /** Who said what where: one row per speaker, one column per outlet, the stances in each cell. */
    private static void speakerByOutlet(StringBuilder b, List<Claim> claims, Story s, Map<String, Article> articles,
                                        Map<String, Entity> entities) {
        Map<String, Map<String, List<String>>> grid = new LinkedHashMap<>();
        for (Claim c : claims) {
            Entity speaker = c.speaker() == null ? null : entities.get(c.speaker());
            String who = speaker != null ? speaker.name() : c.speakerText() == null ? "؟" : c.speakerText();
            grid.computeIfAbsent(who, k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.span().article(), k -> new ArrayList<>()).add(Labels.of(c.stance()));
        }
        b.append("<table class=\"speaker-outlet\"><tr><th>المتحدث \\ الوسيلة</th>");
        s.articles().forEach(id -> b.append("<th>").append(Html.esc(outlet(articles.get(id)))).append("</th>"));
        b.append("</tr>\n");
        grid.forEach((who, row) -> {
            b.append("<tr><td>").append(Html.esc(who)).append("</td>");
            for (String id : s.articles()) {
                List<String> stances = row.getOrDefault(id, List.of());
                b.append("<td>").append(Html.esc(String.join(" ", stances))).append("</td>");
            }
            b.append("</tr>\n");
        });
        b.append("</table>\n<p></p>\n");
    }

    private static void article(StringBuilder b, Article a, DossierIndex d) {
        List<Highlighter.Mark> marks = d.marksIn(a.id());
        b.append("<article class=\"article\" id=\"").append(Html.esc(a.id())).append("\"><h4>")
                .append(Html.esc(a.title())).append("</h4><p class=\"meta\">").append(Html.esc(outlet(a)));
        if (a.published() != null) {
            b.append(" · <span dir=\"ltr\">").append(Html.esc(a.published().value())).append("</span>");
        }
        b.append("</p>\n<div class=\"text\">")
                .append(Highlighter.render(a.text(), marks)).append("</div>\n");
        if (!a.removed().isEmpty()) {
            b.append("<details class=\"removed\"><summary>ما أزيل من الصفحة (").append(a.removed().size())
                    .append(")</summary><ul>\n");
            a.removed().forEach(r -> b.append("<li><bdi>").append(Html.esc(r.text())).append("</bdi> — ")
                    .append(Html.esc(Labels.removal(r.reason()))).append("</li>\n"));
            b.append("</ul></details>\n");
        }
        b.append("</article>\n");
    }

    private static String outlet(Article a) {
        if (a == null) {
            return "";
        }
        if (a.outlet() != null) {
            return a.outlet();
        }
        // no outlet known: the file or URL's last part is shorter to read than the whole path
        return fileName(a.source());
    }

    /** The last part of a path or URL: a page never shows the directories of the machine that ran it. */
    private static String fileName(String source) {
        String s = source.replaceFirst("[/\\\\]+$", "");
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }

    private static String outlets(List<String> ids, Map<String, Article> articles) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(outlet(articles.get(id))));
        return String.join("، ", names);
    }
}
