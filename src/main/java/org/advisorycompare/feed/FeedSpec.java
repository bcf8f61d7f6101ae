package org.advisorycompare.feed;

import java.util.function.Predicate;
import org.advisorycompare.history.Change;

/**
 * One feed, as data: where it lives ({@code dir} + {@code feed.xml}, {@code atom.xml}, {@code feed.json}),
 * its title and which changes it carries. The global RSS feed keeps its published path {@code feed.xml}.
 */
public record FeedSpec(String dir, String title, String description, Predicate<Change> includes) {
    public String rss() {
        return dir + FeedFormat.RSS.file();
    }

    public String atom() {
        return dir + FeedFormat.ATOM.file();
    }

    public String json() {
        return dir + FeedFormat.JSON.file();
    }
}
