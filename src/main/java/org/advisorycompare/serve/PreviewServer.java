package org.advisorycompare.serve;

import org.advisorycompare.error.Problem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.config.BuildConfig;

/**
 * The live preview: builds the site, serves it under its base path (so a project-path deployment is previewed as it
 * will be published), watches the content and templates, rebuilds on a change and tells open pages to reload. The
 * reload script is added to pages as they are served, never to the built site. Only regular files inside the site
 * are served: {@code ..}, encoded traversal, links out of the site and absolute paths are refused with 404. A build
 * that fails is shown on every page served, and the last good site keeps being served.
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/__preview/reload.js";
    static final String GENERATION = "/__preview/generation";
    private final BuildConfig config;
    private final Path site;
    private final String basePath;
    private final Consumer<String> log;
    private final HttpServer server;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-watch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private volatile String lastError;
    private volatile String fingerprint;

    public PreviewServer(BuildConfig config, String bind, int port, Consumer<String> log) {
        this.config = config;
        this.site = config.out().toAbsolutePath().normalize();
        this.basePath = URI.create(config.absolute("")).getPath();
        this.log = log;
        if (port < 0 || port > 65535) {
            throw new CannotListenException(bind, port, "a port is 0 to 65535", null);
        }
        try {
            this.server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        } catch (IOException | RuntimeException e) {
            throw new CannotListenException(bind, port, String.valueOf(e.getMessage()), e);
        }
        server.createContext("/", this::handle);
    }

    /** Builds, starts serving and watching; returns the port served on. */
    public int start() {
        fingerprint = fingerprint();
        build();
        server.start();
        watcher.scheduleWithFixedDelay(this::rebuildIfChanged, 500, 500, TimeUnit.MILLISECONDS);
        return server.getAddress().getPort();
    }

    /** How many builds have finished (a page reloads when it changes). */
    public long generation() {
        return generation.get();
    }

    private void rebuildIfChanged() {
        String now = fingerprint();
        if (!now.equals(fingerprint)) {
            fingerprint = now;
            log.accept("change seen: building again");
            build();
        }
    }

    private void build() {
        try {
            SiteBuild.Result result = new SiteBuild(config).run();
            lastError = result.errors().isEmpty() ? null : result.errors().stream().map(Problem::message).collect(java.util.stream.Collectors.joining("\n"));
            log.accept(result.errors().isEmpty() ? "built: " + result.filesPublished() + " files" : "built with errors:\n" + lastError);
        } catch (RuntimeException e) { // a broken template, say: the last good site stays served, the error shown on it
            lastError = String.valueOf(e.getMessage());
            log.accept("build failed: " + lastError);
        }
        generation.incrementAndGet();
    }

    /** The paths, sizes and modification times of the content and templates: what a change shows in. */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (Path root : List.of(config.content().resolve("collected"), config.templates())) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).sorted().forEach(p -> {
                    try {
                        all.append(p).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p)).append('\n');
                    } catch (IOException e) {
                        all.append(p).append(" gone\n");
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                all.append(root).append(" unreadable\n");
            }
        }
        return Integer.toHexString(all.toString().hashCode()) + ":" + all.length();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath();
            if (raw.equals(GENERATION)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(generation.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (raw.equals(RELOAD_SCRIPT)) {
                send(exchange, 200, org.advisorycompare.output.MediaTypes.of("reload.js"), reloadScript().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(raw);
            boolean found = file != null;
            Path served = found ? file : site.resolve("404.html");
            if (!Files.isRegularFile(served, LinkOption.NOFOLLOW_LINKS)) {
                send(exchange, 404, org.advisorycompare.output.MediaTypes.of("404.txt"), "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = served.getFileName().toString();
            String type = org.advisorycompare.output.MediaTypes.of(name);
            byte[] body = Files.readAllBytes(served);
            send(exchange, found ? 200 : 404, type, name.endsWith(".html") ? withPreview(body) : body);
        }
    }

    /** The site file a request path names, or null: only a regular file inside the site, under the base path. */
    Path resolve(String rawPath) {
        if (!rawPath.startsWith(basePath)) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.substring(basePath.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.contains("..") || decoded.contains("\\") || decoded.startsWith("/") || decoded.indexOf('\0') >= 0) {
            return null;
        }
        Path file = site.resolve(decoded.isEmpty() || decoded.endsWith("/") ? decoded + "index.html" : decoded).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        for (Path p = file; p != null && p.startsWith(site) && !p.equals(site); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return null; // a link could lead out of the site
            }
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }

    /** A served page with the reload script and, after a failed build, its error; never written to the site. */
    private byte[] withPreview(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String error = lastError == null ? "" : "<div role=\"alert\" style=\"background:#fee;border:2px solid #b00;padding:1rem;"
                + "white-space:pre-wrap\"><strong>The last build failed; this is the last good site.</strong>\n"
                + org.jsoup.nodes.Entities.escape(lastError) + "</div>";
        String inject = error + "<script src=\"" + RELOAD_SCRIPT + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return (end < 0 ? html + inject : html.substring(0, end) + inject + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private String reloadScript() {
        return "(function () { var seen = " + generation.get() + "; setInterval(function () { fetch('" + GENERATION
                + "').then(function (r) { return r.text(); }).then(function (g) { if (Number(g) !== seen) { location.reload(); } })"
                + ".catch(function () {}); }, 1000); }());\n";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        server.stop(0);
    }
}
