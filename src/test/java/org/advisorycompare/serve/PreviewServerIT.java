package org.advisorycompare.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview with a real HTTP client: pages under the base path with the reload script (never in the built
 * site), a content change rebuilt and announced to a waiting page, and every way out of the site refused.
 */
class PreviewServerIT {
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(int port, String rawPath) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesUnderTheBasePathRebuildsOnAChangeAndRefusesEveryWayOut() throws Exception {
        TestSite site = new TestSite(dir).withProjectArchive();
        Files.writeString(dir.resolve("outside.txt"), "secret outside the site");
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), "http://127.0.0.1/repo/", dir.resolve("cache"));
        List<String> log = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(config, "127.0.0.1", 0, log::add)) {
            int port = server.start();
            HttpResponse<String> home = get(port, "/repo/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(home.body()).contains(PreviewServer.RELOAD_SCRIPT);
            assertThat(Files.readString(site.out().resolve("index.html"))).as("the built site has no preview script")
                    .doesNotContain(PreviewServer.RELOAD_SCRIPT);
            assertThat(get(port, "/repo/countries/mali/").statusCode()).isEqualTo(200);
            assertThat(get(port, "/repo/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml");

            Files.createSymbolicLink(site.out().resolve("link.txt"), dir.resolve("outside.txt"));
            for (String way : List.of("/repo/../outside.txt", "/repo/%2e%2e/outside.txt", "/repo/..%2foutside.txt",
                    "/repo/%2fetc%2fpasswd", "/etc/passwd", "/repo/link.txt", "/outside.txt")) {
                HttpResponse<String> refused = get(port, way);
                assertThat(refused.statusCode()).as(way).isEqualTo(404);
                assertThat(refused.body()).as(way).doesNotContain("secret outside the site", "root:");
            }

            long before = Long.parseLong(get(port, PreviewServer.GENERATION).body());
            site.with(Source.UK, "NE", "2025-10-01T08:00:00Z", "# Warnings and insurance\n\nTest fixture: FCDO advises against"
                    + " all travel to Niger.\n");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Long.parseLong(get(port, PreviewServer.GENERATION).body()) == before && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Long.parseLong(get(port, PreviewServer.GENERATION).body())).as("a page waiting is told to reload")
                    .isGreaterThan(before);
            assertThat(get(port, "/repo/countries/niger/").statusCode()).isEqualTo(200);
        }
        assertThat(log).anyMatch(line -> line.startsWith("change seen"));
    }
}
