package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code isnad bench jmh [JMH options]}: the JMH benchmarks of the hot stages (benchmark module only). */
@Command(name = "jmh", description = {"Run the JMH benchmarks of the hot stages (module isnad-bench, built with -Pbench);",
        "arguments go to JMH, e.g. `bin/isnad bench jmh -f 1 StageBenchmarks.recognize`."})
public final class BenchJmhCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Class<?> main;
        try {
            main = Class.forName("org.openjdk.jmh.Main");
        } catch (ClassNotFoundException e) {
            System.err.println("isnad: JMH is not on the class path: build the benchmark module with"
                    + " `mvn -q -B -ntp -o -Pbench -DskipTests package` first");
            return 2;
        }
        List<String> all = new ArrayList<>(args);
        if (all.stream().noneMatch(a -> !a.startsWith("-") && a.contains("Benchmarks"))) {
            all.add("org.isnad.bench.jmh");
        }
        main.getMethod("main", String[].class).invoke(null, (Object) all.toArray(String[]::new));
        return 0;
    }
}
