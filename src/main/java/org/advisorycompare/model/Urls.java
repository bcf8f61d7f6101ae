package org.advisorycompare.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * URLs from outside (a sidecar, a feed's link, a saved page's canonical link, {@code --url}) as the site may
 * link them: an absolute {@code http} or {@code https} URL with a host and no user information, or nothing.
 * A {@code javascript:} or {@code data:} URL, one with spaces or control characters, or
 * {@code https://www.gov.uk@evil.example/} is never a link.
 */
public final class Urls {
    private Urls() {
    }

    /** The URL when it is safe to link, else null. */
    public static String safe(String url) {
        if (url == null) {
            return null;
        }
        String text = url.strip();
        if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            return web && uri.getRawUserInfo() == null && uri.getHost() != null && !uri.getHost().isEmpty()
                    && !text.contains("@") ? text : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Whether a safe URL's host is one of these or a subdomain of one ({@code www.gov.uk} for {@code gov.uk}). */
    public static boolean onHost(String url, List<String> hosts) {
        String safe = safe(url);
        if (safe == null) {
            return false;
        }
        String host = URI.create(safe).getHost().toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }
}
