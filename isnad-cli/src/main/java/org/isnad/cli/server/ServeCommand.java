package org.isnad.cli.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.DataDir;
import org.isnad.server.DeskServer;
import org.isnad.server.FileIngest;
import org.isnad.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad serve --data DIR --port N}: the desk's HTTP API and web page over the store in DIR.
 * Writes need a bearer token (from --token, ISNAD_TOKEN or token=... in DIR/isnad.properties);
 * without one the server only starts with --read-only. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store in DIR: the web page at http://HOST:PORT/ and the JSON API under /api "
                + "(see /api/openapi.json).", "Reads are public unless --private-reads; writes need the token."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (no token, port in use, store locked)", "2:invalid usage"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = {"-d", "--data"}, required = true, paramLabel = "DIR", description = "data directory of the store (created if missing)")
    Path data;

    @Option(names = {"-p", "--port"}, defaultValue = "8080", paramLabel = "N", description = "port (0: any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "bearer token for writes (else $ISNAD_TOKEN, else token= in DIR/isnad.properties)")
    String token;

    @Option(names = "--read-only", description = "refuse every write (403); no token needed")
    boolean readOnly;

    @Option(names = "--private-reads", description = "require the token for reads too")
    boolean privateReads;

    @Option(names = "--max-request-mb", defaultValue = "10", paramLabel = "MB", description = "largest request body (default ${DEFAULT-VALUE} MB; larger: 413)")
    long maxRequestMb;

    @Option(names = "--ingest", paramLabel = "PATH", description = "ingest these files or folders before serving (idempotent)")
    List<Path> ingest;

    @Override
    public Integer call() throws Exception {
        DataDir dir = new DataDir(data);
        Optional<String> resolved = ServerSettings.resolveToken(token, dir);
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, resolved.orElse(null), readOnly, privateReads, maxRequestMb * 1024 * 1024);
        } catch (IllegalArgumentException e) {
            System.err.println("isnad: " + e.getMessage());
            return 1;
        }
        Pipeline pipeline = Pipeline.standard();
        if (ingest != null && !ingest.isEmpty()) {
            int code = FileIngest.run(ingest, dir, pipeline, System.out, System.err, o -> { });
            if (code != 0) {
                return code;
            }
        }
        DeskServer server = DeskServer.start(dir, pipeline, settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "isnad-serve-shutdown"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("isnad: serving " + data + " at http://" + shown + ":" + server.port() + "/ ("
                + (readOnly ? "read-only" : "writes need the token") + (privateReads ? ", reads too" : "") + "); Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
