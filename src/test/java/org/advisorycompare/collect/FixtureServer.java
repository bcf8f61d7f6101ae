package org.advisorycompare.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A local HTTP server for collector tests: per path, a queue of scripted responses (the last repeats). */
final class FixtureServer implements AutoCloseable {
    /** A scripted response; {@code etag} makes the server answer 304 to a matching If-None-Match. */
    record Reply(int status, String body, String contentType, String etag, Map<String, String> headers, long delayMillis,
            boolean cutBody) {
        static Reply ok(String body, String contentType) {
            return new Reply(200, body, contentType, null, Map.of(), 0, false);
        }

        Reply withEtag(String tag) {
            return new Reply(status, body, contentType, tag, headers, delayMillis, cutBody);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized FixtureServer on(String path, Reply... script) {
        replies.put(path, new ArrayDeque<>(List.of(script)));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        Reply reply;
        synchronized (this) {
            Deque<Reply> script = replies.get(path);
            reply = script == null ? new Reply(404, "not found", "text/plain", null, Map.of(), 0, false)
                    : script.size() > 1 ? script.poll() : script.peek();
        }
        try {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (reply.etag() != null && reply.etag().equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        if (reply.etag() != null) {
            exchange.getResponseHeaders().add("ETag", reply.etag());
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), reply.cutBody() ? body.length * 2L : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client went away
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
