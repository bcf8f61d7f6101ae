package org.advisorycompare.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Polite HTTP for the collector, on {@code java.net.http.HttpClient}: a descriptive User-Agent,
 * conditional requests (ETag / If-Modified-Since), connect and request timeouts, at most a few requests
 * in flight per host with a pause between them, retries with exponential backoff and jitter on
 * timeouts, connection failures, 5xx and 429 (honouring Retry-After), and a maximum body size.
 */
public final class Fetcher {
    private final HttpClient client;
    private final CollectConfig config;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();
    private final Random jitter = new Random();
    private final Sleeper sleeper;

    /** Waits; tests replace it so that backoff does not slow them down. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public Fetcher(CollectConfig config) {
        this(config, duration -> Thread.sleep(duration.toMillis()));
    }

    public Fetcher(CollectConfig config, Sleeper sleeper) {
        this.config = config;
        this.sleeper = sleeper;
        // redirects are followed by hand, within the same origin only (see once)
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.deadline = System.nanoTime() + config.deadline().toNanos();
    }

    /** Redirects followed for one request at most. */
    static final int MAX_REDIRECTS = 5;
    /** When the run's deadline passes ({@link System#nanoTime()}). */
    private final long deadline;

    /** A response: 200 with a body, or 304 (not modified) without one. */
    public record Response(URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    /** Validators from an earlier response of the same URL, for a conditional request. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    public Response get(URI uri, Validators validators) {
        if (System.nanoTime() - deadline > 0) {
            throw new FetchException(uri + ": not fetched: collect's deadline of " + config.deadline().toMinutes()
                    + " min passed; it is fetched on the next run");
        }
        Semaphore slots = hosts.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), h -> new Semaphore(config.perHost()));
        FetchException last = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                slots.acquire();
                try {
                    politePause(uri);
                    return once(uri, validators, 0);
                } finally {
                    slots.release();
                }
            } catch (Retry retry) {
                last = new FetchException(uri + ": " + retry.getMessage() + " (after " + attempt + " attempt"
                        + (attempt > 1 ? "s" : "") + ")");
                if (retry.after.isPresent() && retry.after.get().compareTo(config.maxRetryAfter()) > 0) {
                    throw new FetchException(uri + ": " + retry.getMessage() + ", and the server asks to wait "
                            + retry.after.get().toSeconds() + " s, more than the " + config.maxRetryAfter().toSeconds()
                            + " s collect waits; it is fetched on the next run");
                }
                if (attempt < config.maxAttempts()) {
                    sleep(retry.after.orElse(backoff(attempt)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + ": interrupted");
            }
        }
        throw last;
    }

    /** One exchange; {@code hops}: the redirects followed to get here. */
    private Response once(URI uri, Validators validators, int hops) throws Retry, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent()).header("Accept", "application/json, application/rss+xml, application/xml;q=0.9, */*;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<byte[]> response = exchange(uri, request.build());
        int status = response.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
            return redirect(uri, response, validators, hops);
        }
        if (status == 429 || status >= 500) {
            throw new Retry("HTTP " + status, retryAfter(response));
        }
        if (status == 304) {
            return new Response(uri, 304, new byte[0], null, validators.etag(), validators.lastModified());
        }
        if (status != 200) {
            throw new FetchException(uri + ": HTTP " + status);
        }
        return new Response(uri, status, response.body(), header(response, "Content-Type"), header(response, "ETag"),
                header(response, "Last-Modified"));
    }

    /**
     * The whole exchange, headers and body, under one deadline: HttpClient's own request timeout stops at
     * the headers, and a server that stalls in the middle of a body must not hang the collector.
     */
    private HttpResponse<byte[]> exchange(URI uri, HttpRequest request) throws Retry, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new LimitedBody(config.maxBodyBytes()));
        try {
            return future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Retry("timed out after " + config.requestTimeout().toMillis() + " ms", Optional.empty());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new FetchException(uri + ": body larger than " + config.maxBodyBytes() / 1024 + " KB; refused");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new Retry("timed out after " + config.requestTimeout().toMillis() + " ms", Optional.empty());
            }
            throw new Retry("connection failed: " + cause, Optional.empty());
        }
    }

    /** Collects a body, failing as soon as it grows past the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A redirect, followed only to the same origin (scheme, host and port), a few hops at most. */
    private Response redirect(URI from, HttpResponse<byte[]> response, Validators validators, int hops)
            throws Retry, InterruptedException {
        String location = header(response, "Location");
        URI to;
        try {
            to = location == null ? null : from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            to = null;
        }
        if (to == null) {
            throw new FetchException(from + ": HTTP " + response.statusCode() + " without a usable Location");
        }
        boolean sameOrigin = java.util.Objects.equals(to.getScheme(), from.getScheme())
                && java.util.Objects.equals(to.getHost(), from.getHost()) && to.getPort() == from.getPort();
        if (!sameOrigin) {
            throw new FetchException(from + ": redirected to " + to + ", another origin; not followed");
        }
        if (hops >= MAX_REDIRECTS) {
            throw new FetchException(from + ": more than " + MAX_REDIRECTS + " redirects");
        }
        return once(to, validators, hops + 1);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Retry-After in seconds (an HTTP date is treated as a one-minute wait). */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Duration.ofMinutes(1);
            }
        });
    }

    private Duration backoff(int attempt) {
        long base = config.firstBackoff().toMillis() << (attempt - 1);
        return Duration.ofMillis(base + jitter.nextInt((int) Math.max(1, base / 2)));
    }

    private void politePause(URI uri) throws InterruptedException {
        String host = uri.getHost() + ":" + uri.getPort();
        long now = System.nanoTime();
        Long previous = lastRequest.put(host, now);
        if (previous != null) {
            long waited = Duration.ofNanos(now - previous).toMillis();
            if (waited < config.pause().toMillis()) {
                sleeper.sleep(Duration.ofMillis(config.pause().toMillis() - waited));
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to retry");
        }
    }

    /** A failure worth another try, with the wait the server asked for. */
    private static final class Retry extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Optional<Duration> after;

        Retry(String message, Optional<Duration> after) {
            super(message);
            this.after = after;
        }
    }
}
