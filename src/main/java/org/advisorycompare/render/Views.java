package org.advisorycompare.render;

import java.util.List;

/** The records templates receive. Strings are display-ready; null means "not stated". */
public final class Views {
    private Views() {
    }

    /** What every page needs: its title, the relative path to the site root, the feed link. */
    public record Page(String title, String root, String path, String canonical, String feed) {
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
            int versions,
            String bodyHtml) {
    }

    public record CountryRow(String name, String iso2, String href, Side us, Side uk, String agreement,
            String agreementKey) {
    }

    public record Home(Page page, List<CountryRow> rows, List<ChangeItem> latest) {
    }

    public record Country(Page page, String name, String iso2, Side us, Side uk, String agreement,
            String agreementKey, String highestAgreement, String historyHref) {
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
            int reviews) {
    }

    public record History(Page page, String name, String countryHref, List<ChangeItem> us, List<ChangeItem> uk) {
    }
}
