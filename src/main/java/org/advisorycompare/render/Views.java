package org.advisorycompare.render;

import java.util.List;

/** The records templates receive. Strings are display-ready; null means "not stated". */
public final class Views {
    private Views() {
    }

    /**
     * What every page needs: the site's title ({@code site}), its own title, the relative path to the site root, the feed link, and the
     * governments the site shows (the footer carries each one's attribution).
     */
    public record Page(String site, String title, String root, String path, String canonical, String feed, List<FeedLink> feeds,
            List<Government> governments) {
    }

    /**
     * A government the site shows: its names, its attribution ({@code licenceLead}, then the licence's
     * name linked to {@code licenceUrl} where it has one), its scale in its own words (N1 first) and
     * where its level is read from; {@code compared}: one of the pair the agreement labels compare.
     */
    public record Government(String key, String label, String name, String organisation, String from, String siteName, String siteUrl,
            String licenceLead, String licenceName, String licenceUrl, List<String> scale, String levelMethod,
            boolean compared) {
    }

    /** An autodiscovery link: {@code <link rel="alternate" type=... href=... title=...>}. */
    public record FeedLink(String title, String type, String href) {
    }

    /**
     * A level for display: the source's own words and the normalised badge ("N4" or "unknown"); {@code derived}:
     * the national wording is this site's reading, not the government's words; {@code source}: the sentence read from.
     */
    public record LevelView(String nativeWording, String badge, String regionalWording, String regionalBadge, boolean derived,
            String source, String where) {
    }

    /**
     * One government's latest advice for one destination shown on a country's page. {@code covers}: the
     * site's line saying what a destination other than plainly this country covers ("The US advisory
     * 'Israel, the West Bank and Gaza' covers Israel and Palestinian Territories"), null otherwise;
     * {@code versionHref} and {@code historyHref}: relative to the country page.
     */
    public record Side(
            String key,
            String label,
            String destination,
            String covers,
            String versionHref,
            String historyHref,
            String government,
            String organisation,
            boolean present,
            String title,
            LevelView level,
            String published,
            String updated,
            String reviewed,
            String changeNote,
            String url,
            String documentKind,
            String licence,
            String retrieved,
            String versionId,
            Integer versions,
            String bodyHtml,
            String dateReadFrom,
            String noteReadFrom) {
    }

    /**
     * A home-page row: one cell per government the site shows, with the values the filters and sorting
     * use ({@code data-*} attributes), and the agreement of the compared pair.
     */
    /**
     * One home-page row; {@code highest}: the agreement on the strictest level anywhere in the country; the severities
     * sort the agreement columns from material disagreement down to cannot compare.
     */
    public record CountryRow(String name, String iso2, String href, List<Cell> cells, String agreement,
            String agreementKey, String region, String highest, String highestKey, int severity, int highestSeverity) {
    }

    /** One government's column of a row: its main destination's side, its level for sorting (0 when unknown) and last change day. */
    public record Cell(Government government, Side side, int level, String changed, String state) {
    }

    /** The home page; {@code governments}: its columns, the compared pair first. */
    public record Home(Page page, List<CountryRow> rows, List<ChangeItem> latest, List<String> regions,
            List<Government> governments, String pairLabel, Freshness freshness, String mapSvg) {
    }

    /**
     * How old the newest document is: the retrieval time of the newest snapshot (or its sighting) built in, as an
     * ISO instant and its day; null when there is none. Pages say the day; a script adds "N days ago" when read.
     */
    public record Freshness(String retrieved, String day, String government, String country, boolean checked) {
    }

    /**
     * A country page: the compared pair's main sides ({@code first}, {@code second}) and their agreement;
     * {@code sides}: every destination of every government shown for the country, the pair's first.
     */
    public record Country(Page page, String name, String iso2, Side first, Side second, String pairLabel, String agreement,
            String agreementKey, String highestAgreement, String historyHref, List<String> keyDifferences,
            List<Row> rows, String chartSvg, List<Step> steps, List<PeriodView> periods, List<Side> sides, List<String> headline) {
    }

    /** One topic row: each of the pair's sections as HTML, or null where that side does not cover the topic. */
    /**
     * One topic row: each of the pair's sections as HTML, or null where that side does not cover the topic; {@code anchor}
     * its address on the page; {@code firstWords}/{@code secondWords} the length of a section long enough to be folded
     * (0 for one shown open).
     */
    public record Row(String topic, String firstHtml, String secondHtml, String anchor, int firstWords, int secondWords) {
    }

    /** A level step for the text equivalent of the chart. */
    public record Step(String government, String date, String level) {
    }

    /** A period of the compared pair's agreement: {@code first} and {@code second} are their badges. */
    public record PeriodView(String from, String to, String agreement, String agreementKey, String first, String second) {
    }

    /** One version's page: its facts, provenance and full text. */
    public record Version(Page page, String country, String countryHref, String government, String versionId,
            String kindLabel, Side side, String historyHref, String diffHref, List<String> reviews) {
    }

    /**
     * A country's archived versions from one government, newest first; {@code texts}: the compressed file their
     * texts are in (see {@code ArchiveTexts}), relative to the page.
     */
    public record Archive(Page page, String country, String countryHref, String government, String historyHref,
            String texts, List<Fact> common, List<ArchivedVersion> versions) {
    }

    /**
     * One archived version: its id, label and facts ({@code side}, without its text), whether it has a diff, and the
     * provenance facts ({@code own}) in which it differs from the page's common ones.
     */
    public record ArchivedVersion(String versionId, String kindLabel, Side side, boolean hasDiff, List<String> reviews,
            List<Fact> own) {
    }

    /**
     * A labelled fact ("Licence": "Open Government Licence v3.0"); {@code href}: its link, or null; {@code named}:
     * whether a line of facts names its label ("licence: ...") or its text says what it is ("archived copy from ...").
     */
    public record Fact(String label, String text, String href, boolean named) {
    }

    /** The small page left at an archived version's URL, leading to {@code target} (relative: the page has no canonical URL of its own). */
    public record Moved(String title, String target) {
    }

    /** A diff page: both views of the change from the previous version. */
    public record DiffPage(Page page, String country, String countryHref, String government, String versionId,
            String previousId, String date, String kindLabel, String changeNote, boolean noVisibleChange,
            List<SectionView> changesOnly, String versionHref, String previousHref,
            String historyHref) {
    }

    public record SectionView(String title, String kind, List<BlockView> blocks) {
    }

    /** A block of a diff; {@code kind} "gap" marks unchanged text left out. */
    public record BlockView(String kind, List<SpanView> spans) {
    }

    /** A run of words: op is "same", "ins" or "del". */
    public record SpanView(String op, String text) {
    }

    /** One version in a history list, with its change label. */
    public record ChangeItem(
            String country,
            String countryHref,
            String source,
            String government,
            String destination,
            String date,
            String kind,
            String kindLabel,
            String level,
            String changeNote,
            String versionId,
            String retrieved,
            String url,
            int reviews,
            String versionHref,
            String diffHref) {
    }

    /** The about page: the topic table as the code uses it. */
    public record About(Page page, List<TopicView> topics, boolean projectDocs) {
    }

    public record TopicView(String label, String keywords) {
    }

    public record Plain(Page page) {
    }

    /** The search page: every name a country with a page goes by, A to Z, each with the country it finds. */
    public record Search(Page page, List<SearchName> names) {
    }

    /** One name ("Burma"), the country it finds ("Myanmar") and that country's page. */
    public record SearchName(String name, String country, String href) {
    }

    public record FeedsPage(Page page, List<FeedRow> feeds) {
    }

    public record FeedRow(String title, String description, String rss, String atom, String json) {
    }

    /**
     * One page of the list of every change; {@code levelsOnly} pages list level changes only.
     * {@code position} says which changes the page holds; {@code paged} whether there are other pages.
     */
    public record Changes(Page page, boolean levelsOnly, List<ChangeItem> items, String position, boolean paged,
            String newerHref, String olderHref, String allHref, String levelsHref) {
    }

    /** A country's history: every version of every destination shown for it, newest first. */
    public record History(Page page, String name, String countryHref, List<ChangeItem> merged) {
    }
}
