package org.advisorycompare.cli;

import org.advisorycompare.config.SiteSettings;
import picocli.CommandLine.Option;

/** The site's title and feed sizes, as options shared by {@code build} and {@code serve} (see {@link SiteSettings}). */
final class SiteOptions {
    @Option(names = "--title", defaultValue = SiteSettings.DEFAULT_TITLE,
            description = "The site's name, in every page's header and every feed's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--feed-entries", paramLabel = "N", defaultValue = "" + SiteSettings.DEFAULT_FEED_ENTRIES,
            description = "The most entries one feed holds, newest first; 1 to " + SiteSettings.MAX_FEED_ENTRIES
                    + " (default: ${DEFAULT-VALUE}).")
    int feedEntries;

    @Option(names = "--feed-diff-chars", paramLabel = "N", defaultValue = "" + SiteSettings.DEFAULT_FEED_DIFF_CHARS,
            description = "The most characters of diff one feed entry carries; past it the entry links to the change's page;"
                    + " at least " + SiteSettings.MIN_FEED_DIFF_CHARS + " (default: ${DEFAULT-VALUE}).")
    int feedDiffChars;

    @Option(names = "--full-versions", paramLabel = "N", defaultValue = "" + SiteSettings.DEFAULT_FULL_VERSIONS,
            description = "How many of each government's newest versions for a country keep a page and a diff page of their"
                    + " own; older ones are served from the country's archive page, at their same URLs (default: ${DEFAULT-VALUE}).")
    int fullVersions;

    @Option(names = "--feed-diff-entries", paramLabel = "N", defaultValue = "" + SiteSettings.DEFAULT_FEED_DIFF_ENTRIES,
            description = "How many of a feed's newest entries carry their changes; older ones carry their title, level,"
                    + " change note and links; 0 to " + SiteSettings.MAX_FEED_ENTRIES + " (default: ${DEFAULT-VALUE}).")
    int feedDiffEntries;

    SiteSettings settings() {
        return new SiteSettings(title, feedEntries, feedDiffChars, fullVersions, feedDiffEntries);
    }
}
