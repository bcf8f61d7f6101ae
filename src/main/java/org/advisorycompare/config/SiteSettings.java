package org.advisorycompare.config;

/**
 * What a build shows beyond its content, each with a documented default. Each is a {@code build} and {@code serve}
 * option and a key of {@code advisory-compare.yml}.
 *
 * @param title       the site's name, in every page's header, the home page's title and every feed's title (default
 *                    {@value #DEFAULT_TITLE}; {@code --title}, key {@code title})
 * @param feedEntries the most entries one feed holds, newest first (default {@value #DEFAULT_FEED_ENTRIES}, 1 to
 *                    {@value #MAX_FEED_ENTRIES}; {@code --feed-entries}, key {@code feed_entries})
 * @param feedDiffChars the most characters of diff one feed entry carries, as HTML and again as text; past it the entry
 *                    says the rest is on the change's page (default {@value #DEFAULT_FEED_DIFF_CHARS}, at least
 *                    {@value #MIN_FEED_DIFF_CHARS}; {@code --feed-diff-chars}, key {@code feed_diff_chars})
 */
public record SiteSettings(String title, int feedEntries, int feedDiffChars) {
    public static final String DEFAULT_TITLE = "Advisory Compare";
    public static final int DEFAULT_FEED_ENTRIES = 50;
    public static final int MAX_FEED_ENTRIES = 1000;
    public static final int DEFAULT_FEED_DIFF_CHARS = 12_000;
    public static final int MIN_FEED_DIFF_CHARS = 500;
    private static final int MAX_TITLE = 80;

    public SiteSettings {
        title = title == null ? DEFAULT_TITLE : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigException("title '" + title + "' (--title, key title) must be 1 to " + MAX_TITLE
                    + " characters on one line, such as 'Advisory Compare'");
        }
        if (feedEntries < 1 || feedEntries > MAX_FEED_ENTRIES) {
            throw new ConfigException("feed entries " + feedEntries + " (--feed-entries, key feed_entries) must be 1 to "
                    + MAX_FEED_ENTRIES + "; the default is " + DEFAULT_FEED_ENTRIES);
        }
        if (feedDiffChars < MIN_FEED_DIFF_CHARS) {
            throw new ConfigException("feed diff characters " + feedDiffChars + " (--feed-diff-chars, key feed_diff_chars)"
                    + " must be at least " + MIN_FEED_DIFF_CHARS + "; the default is " + DEFAULT_FEED_DIFF_CHARS);
        }
    }

    public static SiteSettings defaults() {
        return new SiteSettings(DEFAULT_TITLE, DEFAULT_FEED_ENTRIES, DEFAULT_FEED_DIFF_CHARS);
    }
}
