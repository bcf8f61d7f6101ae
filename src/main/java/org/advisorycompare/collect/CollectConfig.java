package org.advisorycompare.collect;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of {@code collect}, each with its default.
 *
 * @param contact         a URL or address in the User-Agent so that publishers can reach us
 *                        (default {@value #DEFAULT_CONTACT})
 * @param connectTimeout  to open a connection (default 10 s)
 * @param requestTimeout  for a whole response (default 30 s)
 * @param maxBodyBytes    larger bodies are refused (default 10 MB)
 * @param maxAttempts     tries per request on timeouts, 5xx and 429 (default 4)
 * @param perHost         requests in flight per host at most (default 2)
 * @param pause           between two requests to one host (default 500 ms)
 * @param firstBackoff    wait before the first retry, doubled each time, with jitter (default 1 s)
 * @param endpoints       source key → origin replacing the scheme and host of its official URLs
 * @param maxRetryAfter   the longest Retry-After honoured; a server asking for longer fails that request now, to be
 *                        fetched on the next run (default 5 min)
 * @param deadline        the longest a whole run may take: a request not started by then fails at once, named (default 1 h)
 */
public record CollectConfig(String contact, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
        int maxAttempts, int perHost, Duration pause, Duration firstBackoff, Map<String, String> endpoints,
        Duration maxRetryAfter, Duration deadline) {
    public static final String DEFAULT_CONTACT = "https://github.com/advisory-compare/advisory-compare";
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(5);
    public static final Duration DEFAULT_DEADLINE = Duration.ofHours(1);

    public CollectConfig {
        endpoints = Map.copyOf(endpoints);
    }

    /** The settings with the default Retry-After cap and deadline. */
    public CollectConfig(String contact, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes,
            int maxAttempts, int perHost, Duration pause, Duration firstBackoff, Map<String, String> endpoints) {
        this(contact, connectTimeout, requestTimeout, maxBodyBytes, maxAttempts, perHost, pause, firstBackoff, endpoints,
                DEFAULT_MAX_RETRY_AFTER, DEFAULT_DEADLINE);
    }

    public static CollectConfig defaults() {
        return new CollectConfig(DEFAULT_CONTACT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 4, 2,
                Duration.ofMillis(500), Duration.ofSeconds(1), Map.of());
    }

    public String userAgent() {
        return "advisory-compare/1 (+" + contact + ")";
    }
}
