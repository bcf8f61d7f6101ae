package org.advisorycompare.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.output.Pages;

/** Makes the feed entry of a change: title, link to its diff (or version), date, HTML and text. */
final class FeedEntries {
    private FeedEntries() {
    }

    /** {@code withChanges}: whether the entry carries its changes (up to the budget) or only a link to them. */
    static FeedEntry of(Change change, BuildConfig config, Pages.EntryTexts texts, boolean withChanges) {
        AdvisoryVersion v = change.version();
        String versionPath = "countries/" + v.country().slug() + "/" + v.source().key() + "/" + v.versionId() + "/";
        String link = config.absolute(!change.hasDiff() ? versionPath : versionPath + "diff/");
        int budget = withChanges ? config.site().feedDiffChars() : FeedText.NO_CHANGES;
        Pages.EntryText text = texts.get(new EntryInputs(link, budget, change), () -> new Pages.EntryText(
                FeedText.descriptionHtml(change, link, budget), FeedText.summary(change, budget)));
        return new FeedEntry("urn:advisory-compare:" + v.country().iso2() + ":" + v.source().key() + ":" + v.versionId(),
                FeedText.title(change), link, date(v), text.html(), text.text());
    }

    /** What an entry's texts show: its link, its diff budget (or none) and its change (the version, its label and the version before). */
    private record EntryInputs(String link, int diffChars, Change change) {
    }

    /** The stated date at 00:00 UTC, or the retrieval time when the source states no date. */
    static Instant date(AdvisoryVersion v) {
        if (v.effectiveDate().known()) {
            return LocalDate.parse(v.effectiveDate().day()).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(v.provenance().retrieved());
    }
}
