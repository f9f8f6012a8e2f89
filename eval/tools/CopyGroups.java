import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.*;
import java.util.*;
import org.isnad.core.model.Article;
import org.isnad.core.model.Story;
import org.isnad.events.copies.CopyDetector;

/**
 * Dev measurement of copy detection over an ANT JSONL stream (June–October lines only): copy groups,
 * their agencies, detection time, and every LSH candidate pair from a lower Jaccard (for reading pairs
 * around the threshold) written to OUT_TSV, the groups to OUT_TSV.groups. Run with the built CLI:
 * java -cp "isnad-cli/target/isnad-cli.jar:isnad-cli/target/lib/*" eval/tools/CopyGroups.java FILE 0.2 OUT_TSV
 */
public class CopyGroups {
    public static void main(String[] args) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<Article> arts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode n = m.readTree(line);
            String text = n.path("text").asText();
            arts.add(new Article(n.path("id").asText(), n.path("id").asText(), n.path("outlet").asText(), n.path("title").asText(), null, "ar", text, List.of()));
        }
        CopyDetector d = new CopyDetector();
        for (int w = 0; w < 3; w++) d.reports(arts); // warm-up
        var bean = java.lang.management.ManagementFactory.getThreadMXBean(); long c0 = bean.getCurrentThreadCpuTime(); long t0 = System.nanoTime();
        int runs = 5;
        List<Story.Report> reports = null;
        for (int r = 0; r < runs; r++) reports = d.reports(arts);
        long t1 = System.nanoTime(); long c1 = bean.getCurrentThreadCpuTime();
        System.out.printf("articles %d, reports %d, detection %.1f ms wall, %.1f ms CPU per run (mean of %d)%n", arts.size(), reports.size(), (t1 - t0) / 1e6 / runs, (c1 - c0) / 1e6 / runs, runs);
        int groups = 0, inGroups = 0, withAgency = 0;
        Map<String, Integer> agencies = new TreeMap<>();
        for (Story.Report r : reports) if (r.articles().size() > 1) { groups++; inGroups += r.articles().size(); if (r.agency() != null) { withAgency++; agencies.merge(r.agency(), 1, Integer::sum);} }
        System.out.printf("copy groups %d holding %d articles; with agency %d %s%n", groups, inGroups, withAgency, agencies);
        double min = Double.parseDouble(args[1]);
        List<CopyDetector.Pair> pairs = d.pairs(arts, min);
        int[] hist = new int[11];
        StringBuilder sb = new StringBuilder();
        for (CopyDetector.Pair p : pairs) {
            hist[(int) Math.min(10, p.jaccard() * 10)]++;
            Article a = arts.get(p.a()), b = arts.get(p.b());
            sb.append(String.format(Locale.ROOT, "%.3f\t%s\t%s\t%s\t%s\t%s\t%s%n", p.jaccard(), a.id(), a.outlet(), b.id(), b.outlet(),
                    a.text().substring(0, Math.min(200, a.text().length())).replace('\n', ' ').replace('\t', ' '),
                    b.text().substring(0, Math.min(200, b.text().length())).replace('\n', ' ').replace('\t', ' ')));
        }
        System.out.println("pairs >= " + min + " by tenth: " + Arrays.toString(hist));
        Files.writeString(Path.of(args[2]), sb.toString());
        StringBuilder g = new StringBuilder();
        for (Story.Report r : reports) if (r.articles().size() > 1) g.append(r.agency()).append('\t').append(String.join(" ", r.articles())).append('\n');
        Files.writeString(Path.of(args[2] + ".groups"), g.toString());
    }
}
