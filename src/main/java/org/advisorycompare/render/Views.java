package org.advisorycompare.render;

import java.util.List;

/** The records templates receive. Strings are display-ready; null means "not stated". */
public final class Views {
    private Views() {
    }

    /**
     * What every page needs: its title, the relative path to the site root, the feed link, and whether
     * the site shows Canada's advice (then the footer carries its licence's attribution).
     */
    public record Page(String title, String root, String path, String canonical, String feed, List<FeedLink> feeds,
            boolean canada) {
    }

    /** An autodiscovery link: {@code <link rel="alternate" type=... href=... title=...>}. */
    public record FeedLink(String title, String type, String href) {
    }

    /**
     * A level for display: the source's own words and the normalised badge ("N4" or "unknown").
     */
    public record LevelView(String nativeWording, String badge, String regionalWording, String regionalBadge) {
    }

    /** One government's latest advice for one country. */
    public record Side(
            String key,
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
            String bodyHtml) {
    }

    /**
     * A home-page row, with the values the filters and sorting use ({@code data-*} attributes): the
     * normalised levels (0 when unknown), the region and the day of each side's last change.
     */
    public record CountryRow(String name, String iso2, String href, Side us, Side uk, String agreement,
            String agreementKey, String region, int usLevel, int ukLevel, String usChanged, String ukChanged, Side ca,
            int caLevel, String caChanged) {
    }

    /** The home page; {@code canada} adds Canada's columns (only when any of its advice was collected). */
    public record Home(Page page, List<CountryRow> rows, List<ChangeItem> latest, List<String> regions, boolean canada) {
    }

    /** A country page; {@code canada} shows Canada's advice beside the US-UK comparison (only where collected). */
    public record Country(Page page, String name, String iso2, Side us, Side uk, String agreement,
            String agreementKey, String highestAgreement, String historyHref, List<String> keyDifferences,
            List<Row> rows, String chartSvg, List<Step> steps, List<PeriodView> periods, Side ca, boolean canada) {
    }

    /** One topic row: each side's sections as HTML, or null where that side does not cover the topic. */
    public record Row(String topic, String usHtml, String ukHtml) {
    }

    /** A level step for the text equivalent of the chart. */
    public record Step(String government, String date, String level) {
    }

    public record PeriodView(String from, String to, String agreement, String agreementKey, String us, String uk) {
    }

    /** One version's page: its facts, provenance and full text. */
    public record Version(Page page, String country, String countryHref, String government, String versionId,
            String kindLabel, Side side, String historyHref, String diffHref, List<String> reviews) {
    }

    /** A diff page: both views of the change from the previous version. */
    public record DiffPage(Page page, String country, String countryHref, String government, String versionId,
            String previousId, String date, String kindLabel, String changeNote, boolean noVisibleChange,
            List<SectionView> changesOnly, List<SectionView> full, String versionHref, String previousHref,
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
    public record About(Page page, List<TopicView> topics) {
    }

    public record TopicView(String label, String keywords) {
    }

    public record Plain(Page page) {
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

    public record History(Page page, String name, String countryHref, List<ChangeItem> us, List<ChangeItem> uk,
            List<ChangeItem> merged) {
    }
}
