package org.advisorycompare.feed;

import java.time.Instant;

/**
 * One feed entry, the same in every format. The id is stable across builds
 * ({@code urn:advisory-compare:<ISO2>:<source>:<version>}); the date is the date the source states
 * (00:00 UTC), else the retrieval time, never the build time.
 */
record FeedEntry(String id, String title, String link, Instant date, String html, String text) {
}
