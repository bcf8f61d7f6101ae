package org.advisorycompare.config;

import java.nio.file.Path;

/**
 * Settings of one build, each with a documented default.
 *
 * @param content   the content folder (default {@code content}): {@code collected/} and {@code advisories/}
 * @param templates the FreeMarker templates folder (default {@code templates})
 * @param out       the output folder (default {@code site}); replaced whole by a successful build
 * @param baseUrl   the absolute URL the site is served from, ending in {@code /} (default
 *                  {@value #DEFAULT_BASE_URL}); used in feeds and sitemaps, pages link relatively
 * @param cache     the folder for earlier conversions (default {@code .cache}); safe to delete
 * @param projectDocs the project's own documentation ({@code mvn site}'s {@code target/site}) to publish under
 *                  {@code project/} and link from the About page (default none)
 * @param site      the site's title and feed sizes (default {@link SiteSettings#defaults()})
 */
public record BuildConfig(Path content, Path templates, Path out, String baseUrl, Path cache, Path projectDocs,
        SiteSettings site) {
    public static final String DEFAULT_BASE_URL = "http://localhost:8000/";

    public BuildConfig(Path content, Path templates, Path out, String baseUrl, Path cache, Path projectDocs) {
        this(content, templates, out, baseUrl, cache, projectDocs, SiteSettings.defaults());
    }

    public BuildConfig(Path content, Path templates, Path out, String baseUrl, Path cache) {
        this(content, templates, out, baseUrl, cache, null);
    }

    public BuildConfig(Path content, Path templates, Path out, String baseUrl) {
        this(content, templates, out, baseUrl, Path.of(".cache"));
    }

    public BuildConfig {
        site = site == null ? SiteSettings.defaults() : site;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (!baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new ConfigException("--base-url " + baseUrl + " is not an absolute http(s) URL such as https://user.github.io/repo/");
        }
    }

    public static BuildConfig defaults() {
        return new BuildConfig(Path.of("content"), Path.of("templates"), Path.of("site"), DEFAULT_BASE_URL, Path.of(".cache"));
    }

    public Path collected() {
        return content.resolve("collected");
    }

    public Path advisories() {
        return content.resolve("advisories");
    }

    /** The absolute URL of a site path such as {@code countries/mali/}. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
