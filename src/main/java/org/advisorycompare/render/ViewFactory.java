package org.advisorycompare.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;

/** Builds the view records of each page from the site model. */
final class ViewFactory {
    static final String SITE_NAME = "Advisory Compare";
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final BuildConfig config;

    ViewFactory(BuildConfig config) {
        this.config = config;
    }

    static String countryPath(CountryModel c) {
        return "countries/" + c.country().slug() + "/";
    }

    Views.Page page(String title, String path) {
        String root = "../".repeat((int) path.chars().filter(ch -> ch == '/').count());
        return new Views.Page(title, root, path, config.absolute(path), root + "feed.xml");
    }

    Views.Home home(SiteModel model) {
        List<Views.CountryRow> rows = new ArrayList<>();
        for (CountryModel c : model.countries()) {
            rows.add(new Views.CountryRow(c.country().name(), c.country().iso2(), countryPath(c),
                    side(c, Source.US, false), side(c, Source.UK, false), c.comparison().national().label(),
                    c.comparison().national().key()));
        }
        List<Views.ChangeItem> latest = model.changes().stream().limit(20).map(ch -> item(ch, "")).toList();
        return new Views.Home(page(SITE_NAME + ": US and UK travel advice side by side", ""), rows, latest);
    }

    Views.Country country(CountryModel c) {
        String path = countryPath(c);
        return new Views.Country(page(c.country().name() + ": US and UK travel advice compared", path),
                c.country().name(), c.country().iso2(), side(c, Source.US, true), side(c, Source.UK, true),
                c.comparison().national().label(), c.comparison().national().key(), c.comparison().highest().label(),
                "history/");
    }

    Views.History history(CountryModel c) {
        String path = countryPath(c) + "history/";
        Views.Page page = page(c.country().name() + ": history of US and UK travel advice", path);
        return new Views.History(page, c.country().name(), "../",
                newestFirst(c.history(Source.US), page.root()), newestFirst(c.history(Source.UK), page.root()));
    }

    private List<Views.ChangeItem> newestFirst(List<Change> changes, String root) {
        List<Views.ChangeItem> items = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            items.add(item(changes.get(i), root));
        }
        return items;
    }

    Views.ChangeItem item(Change change, String root) {
        AdvisoryVersion v = change.version();
        return new Views.ChangeItem(v.country().name(), root + "countries/" + v.country().slug() + "/",
                v.source().key(), v.source().government(), display(v.effectiveDate()), change.kind().key(), kindLabel(change),
                levelText(v.level()), v.changeNote(), v.versionId(), v.provenance().retrieved(), v.provenance().url(),
                v.reviews().size());
    }

    private Views.Side side(CountryModel c, Source source, boolean withBody) {
        Optional<AdvisoryVersion> latest = c.latest(source);
        if (latest.isEmpty()) {
            return new Views.Side(source.key(), source.government(), source.organisation(), false, null,
                    levelView(Level.UNKNOWN), null, null, null, null, null, null, source.defaultLicence(), null, null, 0, null);
        }
        AdvisoryVersion v = latest.get();
        return new Views.Side(source.key(), source.government(), v.provenance().organisation(), true, v.title(),
                levelView(v.level()), display(v.published()), display(v.updated()), display(v.reviewed()),
                v.changeNote(), v.provenance().url(), v.provenance().documentKind(), v.provenance().licence(),
                v.provenance().retrieved(), v.versionId(), c.history(source).size(),
                withBody ? HtmlBody.of(v.body(), 4) : null);
    }

    static Views.LevelView levelView(Level level) {
        return new Views.LevelView(level.nationalNative(), badge(level.national()), level.regionalNative(),
                badge(level.regional()));
    }

    static String badge(Integer level) {
        return level == null ? "unknown" : "N" + level;
    }

    static String levelText(Level level) {
        String national = level.national() == null ? "level not stated"
                : badge(level.national()) + " (" + level.nationalNative() + ")";
        return level.regional() == null ? national
                : national + "; regional " + badge(level.regional()) + " (" + level.regionalNative() + ")";
    }

    static String kindLabel(Change change) {
        return switch (change.kind()) {
            case FIRST -> "First version seen";
            case LEVEL_RAISED -> "Level raised " + badge(change.fromLevel()) + " → " + badge(change.toLevel());
            case LEVEL_LOWERED -> "Level lowered " + badge(change.fromLevel()) + " → " + badge(change.toLevel());
            case REGIONAL_CHANGE -> "Regional advice changed";
            case TEXT_CHANGED -> "Text changed";
            case SILENT_EDIT -> "Silent edit (no new change note or date)";
        };
    }

    /** A stated date for display: "30 October 2025", or null when not stated. */
    static String display(StatedDate date) {
        if (!date.known()) {
            return null;
        }
        return LocalDate.parse(date.day()).format(DISPLAY);
    }
}
