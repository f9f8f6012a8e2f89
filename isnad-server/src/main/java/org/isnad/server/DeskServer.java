package org.isnad.server;

import org.isnad.pipeline.Pipeline;
import org.isnad.server.api.ApiServer;

/** A running desk server: the opened store and the HTTP server over it, closed together. */
public final class DeskServer implements AutoCloseable {
    private final Desk desk;
    private final ApiServer server;

    private DeskServer(Desk desk, ApiServer server) {
        this.desk = desk;
        this.server = server;
    }

    /** Opens the desk in {@code dir} (recovering it if needed) and starts serving it. */
    public static DeskServer start(DataDir dir, Pipeline pipeline, ServerSettings settings) {
        Desk desk = Desk.open(dir, pipeline);
        try {
            return new DeskServer(desk, ApiServer.start(desk, settings));
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public Desk desk() {
        return desk;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            desk.close();
        }
    }
}
