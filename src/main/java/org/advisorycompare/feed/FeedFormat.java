package org.advisorycompare.feed;

/** The three formats every feed is published in: its file name in the feed's folder, media type and label. */
public enum FeedFormat {
    RSS("feed.xml", "application/rss+xml", "RSS"),
    ATOM("atom.xml", "application/atom+xml", "Atom"),
    JSON("feed.json", "application/feed+json", "JSON Feed");

    private final String file;
    private final String mediaType;
    private final String label;

    FeedFormat(String file, String mediaType, String label) {
        this.file = file;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String file() {
        return file;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }
}
