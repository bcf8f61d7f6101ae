package org.advisorycompare.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.advisorycompare.compare.Comparison;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Section;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;

/** Builds the view records of each page from the site model. */
final class ViewFactory {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final BuildConfig config;
    private final List<Source> sources;
    private final List<Views.Government> governments;

    /** {@code sources}: the governments the site shows, the compared pair first. */
    ViewFactory(BuildConfig config, List<Source> sources) {
        this.config = config;
        this.sources = List.copyOf(sources);
        this.governments = sources.stream().map(ViewFactory::government).toList();
    }

    static Views.Government government(Source s) {
        Source.Attribution a = s.attribution();
        return new Views.Government(s.key(), s.shortLabel(), s.government(), s.organisation(), a.from(), a.siteName(), a.siteUrl(),
                a.licenceLead(), a.licenceName(), a.licenceUrl(), s.scale(), s.levelMethod(), s.compared());
    }

    /** "US–UK": the compared pair. */
    static String pairLabel() {
        return String.join("–", Source.comparedPair().stream().map(Source::shortLabel).toList());
    }

    /** The governments shown for one country: the compared pair, then any other whose advice covers it. */
    private List<Source> shownFor(CountryModel c) {
        return sources.stream().filter(s -> s.compared() || !c.sides(s).isEmpty()).toList();
    }

    static String countryPath(CountryModel c) {
        return "countries/" + c.country().slug() + "/";
    }

    /** {@code countries/<slug>/<source>/<version>/}: one version's page. */
    static String versionPath(AdvisoryVersion v) {
        return "countries/" + v.country().slug() + "/" + v.source().key() + "/" + v.versionId() + "/";
    }

    /** {@code countries/<slug>/<source>/<version>/diff/}: the change from the previous version. */
    static String diffPath(AdvisoryVersion v) {
        return versionPath(v) + "diff/";
    }

    Views.Page page(String title, String path) {
        return page(title, path, "../".repeat((int) path.chars().filter(ch -> ch == '/').count()));
    }

    private Views.Page page(String title, String path, String root) {
        List<Views.FeedLink> feeds = new ArrayList<>(feedLinks("All changes", root));
        if (path.startsWith("countries/")) {
            String country = path.substring(0, path.indexOf('/', "countries/".length()) + 1);
            feeds.addAll(0, feedLinks(title.substring(0, title.indexOf(':')) + " changes", root + country));
        }
        return new Views.Page(config.site().title(), title, root, path, config.absolute(path), root + org.advisorycompare.feed.FeedFormat.RSS.file(), feeds, governments);
    }

    private static List<Views.FeedLink> feedLinks(String title, String dir) {
        return java.util.Arrays.stream(org.advisorycompare.feed.FeedFormat.values())
                .map(f -> new Views.FeedLink(title + " (" + f.label() + ")", f.mediaType(), dir + f.file())).toList();
    }

    Views.Home home(SiteModel model) {
        List<Views.CountryRow> rows = new ArrayList<>();
        for (CountryModel c : model.countries()) {
            List<Views.Cell> cells = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                cells.add(new Views.Cell(governments.get(i), side(c, source), sortLevel(c, source), lastDay(c, source),
                        levelState(c, source)));
            }
            org.advisorycompare.compare.Agreement national = c.comparison().national();
            org.advisorycompare.compare.Agreement highest = c.comparison().highest();
            rows.add(new Views.CountryRow(c.country().name(), c.country().iso2(), countryPath(c), cells, national.label(),
                    national.key(), c.country().region(), highest.label(), highest.key(), national.severity(), highest.severity()));
        }
        List<Views.ChangeItem> latest = model.changes().stream().limit(20).map(ch -> item(ch, "")).toList(); // the home page is at the root
        List<String> regions = model.countries().stream().map(c -> c.country().region()).filter(r -> !r.isEmpty())
                .distinct().sorted().toList();
        return new Views.Home(page(config.site().title() + ": US and UK travel advice side by side", ""), rows, latest, regions, governments,
                pairLabel(), freshness(model), WorldMap.svg(mapCountries(rows)));
    }

    /** The map's countries: each row's page, its levels and agreement as the views colour them, and its accessible name. */
    private static List<WorldMap.Country> mapCountries(List<Views.CountryRow> rows) {
        List<WorldMap.Country> countries = new ArrayList<>();
        for (Views.CountryRow row : rows) {
            java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
            StringBuilder label = new StringBuilder(row.name()).append(':');
            for (Views.Cell cell : row.cells()) {
                data.put(cell.government().key(), cell.state());
                label.append(' ').append(cell.government().label()).append(' ').append(cell.state().equals("none")
                        ? "no advice collected" : cell.state().equals("unstated") ? "level not stated" : "N" + cell.state()).append(',');
            }
            data.put("agreement", row.agreementKey());
            label.append(' ').append(row.agreement());
            countries.add(new WorldMap.Country(row.iso2(), row.name(), row.href(), label.toString(), data));
        }
        return countries;
    }

    /**
     * When the site's sources were last seen: the collector's newest check where its records say (then
     * {@code checked}), else the newest retrieval of any version or sighting, and whose advice it was; null for an empty site.
     */
    private static Views.Freshness freshness(SiteModel model) {
        List<CountryModel.Side> sides = model.countries().stream().flatMap(c -> c.allSides().stream()).toList();
        java.util.Optional<CountryModel.Side> checked = sides.stream().filter(s -> s.checked() != null)
                .max(java.util.Comparator.comparing(CountryModel.Side::checked));
        if (checked.isPresent()) {
            CountryModel.Side side = checked.get();
            return new Views.Freshness(side.checked(), side.checked().substring(0, 10), side.source().shortLabel(),
                    side.destination().name(), true);
        }
        return sides.stream().flatMap(side -> side.history().stream()).map(org.advisorycompare.history.Change::version)
                .filter(v -> v.lastRetrieved() != null).max(java.util.Comparator.comparing(AdvisoryVersion::lastRetrieved))
                .map(v -> new Views.Freshness(v.lastRetrieved(), v.lastRetrieved().substring(0, 10), v.source().shortLabel(),
                        v.country().name(), false))
                .orElse(null);
    }

    /** The normalised national level for sorting and filtering; 0 when unknown or not collected. */
    /** A section longer than this many words is folded on the country page (its heading and length stay in view). */
    static final int FOLD_WORDS = 400;

    /** The words of a section's HTML when it is long enough to fold, else 0. */
    private static int foldedWords(String html) {
        if (html == null) {
            return 0;
        }
        int words = org.jsoup.Jsoup.parseBodyFragment(html).text().split("\\s+").length;
        return words > FOLD_WORDS ? words : 0;
    }

    /**
     * The day the shown governments' sources were last checked for this country: the collector's last check of their
     * main destinations where its records say, else the newest retrieval of any version or sighting.
     */
    private static String lastChecked(CountryModel c, List<Source> shown) {
        return shown.stream().map(s -> c.sides(s)).filter(list -> !list.isEmpty()).map(list -> list.get(0).lastSeen())
                .filter(java.util.Objects::nonNull).max(String::compareTo).map(r -> r.substring(0, 10)).orElse(null);
    }

    /** For the level filter: the level ("4"), "unstated" (a document states none) or "none" (no advice collected). */
    private static String levelState(CountryModel c, Source source) {
        return c.latest(source).map(v -> v.level().national() == null ? "unstated" : String.valueOf(v.level().national()))
                .orElse("none");
    }

    private static int sortLevel(CountryModel c, Source source) {
        Integer level = c.latest(source).map(v -> v.level().national()).orElse(null);
        return level == null ? 0 : level;
    }

    private static String lastDay(CountryModel c, Source source) {
        List<Change> history = c.history(source);
        return history.isEmpty() ? "" : Optional.ofNullable(history.get(history.size() - 1).day()).orElse("");
    }

    Views.About about() {
        List<Views.TopicView> topics = java.util.Arrays.stream(org.advisorycompare.compare.Topic.values())
                .map(t -> new Views.TopicView(t.label(), t.keywords().isEmpty() ? "(anything not matched above)"
                        : String.join(", ", t.keywords())))
                .toList();
        return new Views.About(page("About " + config.site().title() + ": sources, scale and method", "about/"), topics,
                config.projectDocs() != null);
    }

    Views.FeedsPage feeds(SiteModel model) {
        Views.Page page = page("Feeds: follow changes to US and UK travel advice", "feeds/");
        List<Views.FeedRow> rows = org.advisorycompare.feed.FeedOutput.specs(model, config.site().title()).stream()
                .map(f -> new Views.FeedRow(f.title(), f.description(), page.root() + f.rss(), page.root() + f.atom(),
                        page.root() + f.json()))
                .toList();
        return new Views.FeedsPage(page, rows);
    }

    /** Path of a page of the changes list (see {@link ChangePages}): {@code changes/}, {@code changes/1/}... */
    static String changesPath(boolean levelsOnly, int page) {
        String base = levelsOnly ? "changes/levels/" : "changes/";
        return page == 0 ? base : base + page + "/";
    }

    /** Page {@code n} of {@code all} (newest first) as {@code pages} cuts it. */
    Views.Changes changes(List<Change> all, boolean levelsOnly, int n, ChangePages pages) {
        String path = changesPath(levelsOnly, n);
        Views.Page page = page((levelsOnly ? "Level changes" : "Every change") + " to US and UK travel advice"
                + (n > 0 ? ", " + pages.position(n).toLowerCase(java.util.Locale.ROOT) : ""), path);
        List<Views.ChangeItem> items = all.subList(pages.from(n), pages.to(n)).stream()
                .map(c -> item(c, page.path())).toList();
        return new Views.Changes(page, levelsOnly, items, pages.position(n), pages.archived() > 0,
                pages.newer(n) < 0 ? null : page.root() + changesPath(levelsOnly, pages.newer(n)),
                pages.older(n) < 0 ? null : page.root() + changesPath(levelsOnly, pages.older(n)),
                page.root() + changesPath(false, 0), page.root() + changesPath(true, 0));
    }

    /**
     * The 404 page is served at whatever missing address was asked for ({@code /repo/countries/narnia/history/}), so
     * its links start from the site's path on its host (the base URL's path, such as {@code /repo/}), never relative.
     */
    /** Every name of every country with a page, sorted as a reader scans an index (case and accents folded). */
    Views.Search search(SiteModel model) {
        Views.Page page = page("Find a country", "search/");
        java.text.Collator order = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        order.setStrength(java.text.Collator.PRIMARY);
        List<Views.SearchName> names = new ArrayList<>();
        for (CountryModel c : model.countries()) {
            for (String name : org.advisorycompare.model.Destinations.standard().namesFor(c.country())) {
                names.add(new Views.SearchName(name, c.country().name(), page.root() + countryPath(c)));
            }
        }
        names.sort(java.util.Comparator.comparing(Views.SearchName::name, order).thenComparing(Views.SearchName::country));
        return new Views.Search(page, names);
    }

    Views.Plain notFound() {
        return new Views.Plain(page("Page not found", "", java.net.URI.create(config.absolute("")).getPath()));
    }

    Views.Country country(CountryModel c) {
        String path = countryPath(c);
        Comparison cmp = c.comparison();
        Comparison.Details details = cmp.details().get();
        // the topic table and the agreement are of the compared pair (compare's own terms: its first and second side)
        List<Views.Row> rows = new ArrayList<>();
        for (org.advisorycompare.compare.TopicRow r : details.rows()) {
            String first = sections(r.first(), licence(c, Source.comparedPair().get(0)));
            String second = sections(r.second(), licence(c, Source.comparedPair().get(1)));
            rows.add(new Views.Row(r.topic().label(), first, second, "topic-" + (rows.size() + 1), foldedWords(first),
                    foldedWords(second)));
        }
        List<Source> shown = shownFor(c);
        List<Views.Step> steps = new ArrayList<>();
        shown.forEach(source -> c.timeline().steps(source).forEach(s -> steps.add(step(source, s))));
        List<Views.PeriodView> periods = cmp.periods().stream().map(p -> new Views.PeriodView(p.from(), p.to(),
                p.agreement().label(), p.agreement().key(), badge(p.first()), badge(p.second()))).toList();
        List<Views.Side> sides = new ArrayList<>();
        for (Source source : shown) {
            List<CountryModel.Side> list = c.sides(source);
            if (list.isEmpty()) {
                sides.add(missing(source));
            }
            list.forEach(side -> sides.add(side(c, side)));
        }
        List<Source> pair = Source.comparedPair();
        return new Views.Country(page(c.country().name() + ": US and UK travel advice compared", path),
                c.country().name(), c.country().iso2(), side(c, pair.get(0)), side(c, pair.get(1)), pairLabel(),
                cmp.national().label(), cmp.national().key(), cmp.highest().label(), "history/", details.keyDifferences(),
                rows, LevelChart.svg(c.timeline(), shown, c.country().name(), lastChecked(c, shown)), steps, periods, sides, details.headline());
    }

    private static Views.Step step(Source source, Timeline.Step s) {
        return new Views.Step(source.government(), s.day(), s.national() == null ? "not stated"
                : badge(s.national()) + " (" + s.nationalNative() + ")" + (s.regional() == null ? "" : "; regional " + badge(s.regional())));
    }

    private static String sections(List<Section> sections, String licence) {
        if (sections.isEmpty()) {
            return null;
        }
        StringBuilder markdown = new StringBuilder();
        sections.forEach(s -> markdown.append(s.markdown()).append('\n'));
        return HtmlBody.of(markdown.toString(), 3, licence);
    }

    /** The licence of a government's latest advice for the country, as its provenance records it; null if none. */
    private static String licence(CountryModel c, Source source) {
        return c.latest(source).map(v -> v.provenance().licence()).orElse(null);
    }

    Views.History history(CountryModel c) {
        String path = countryPath(c) + "history/";
        Views.Page page = page(c.country().name() + ": history of US and UK travel advice", path);
        List<Views.ChangeItem> merged = new ArrayList<>();
        List<Change> entries = c.timeline().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            merged.add(item(entries.get(i), page.path()));
        }
        return new Views.History(page, c.country().name(), "../", merged);
    }

    Views.Version version(CountryModel c, Change change) {
        AdvisoryVersion v = change.version();
        Views.Page page = page(c.country().name() + ": " + v.source().government() + " advice, version "
                + v.versionId(), versionPath(v));
        List<String> reviews = reviews(v);
        return new Views.Version(page, c.country().name(), page.root() + countryPath(c), v.source().government(),
                v.versionId(), kindLabel(change), side(v, null, true, covers(v.source(), v.destination()), null, null), // no count: the page stays as more versions arrive
                page.root() + countryPath(c) + "history/", !change.hasDiff() ? null : "diff/", reviews);
    }

    /** {@code countries/<slug>/<source>/archive/}: the country's archived versions from one government. */
    static String archivePath(org.advisorycompare.model.Country country, Source source) {
        return "countries/" + country.slug() + "/" + source.key() + "/archive/";
    }

    /** The archive page: each archived version's facts, newest first, its text and changes from {@code texts}. */
    Views.Archive archive(CountryModel c, Source source, List<Change> archived, String texts) {
        Views.Page page = page(c.country().name() + ": archived " + source.government() + " advice",
                archivePath(c.country(), source));
        List<Change> newestFirst = new ArrayList<>(archived);
        Collections.reverse(newestFirst);
        List<Views.Side> sides = newestFirst.stream().map(change -> side(change.version(), null, false,
                covers(change.version().source(), change.version().destination()), null, null)).toList();
        List<List<Views.Fact>> facts = sides.stream().map(ArchiveFacts::of).toList();
        List<Views.Fact> common = ArchiveFacts.common(facts);
        List<Views.ArchivedVersion> versions = new ArrayList<>();
        for (int n = 0; n < newestFirst.size(); n++) {
            Change change = newestFirst.get(n);
            versions.add(new Views.ArchivedVersion(change.version().versionId(), kindLabel(change), sides.get(n),
                    change.hasDiff(), reviews(change.version()), ArchiveFacts.own(facts.get(n), common)));
        }
        return new Views.Archive(page, c.country().name(), page.root() + countryPath(c), source.government(),
                page.root() + countryPath(c) + "history/", texts, common, versions);
    }

    /** The page left at an archived version's URL ({@code diff}: at its diff's), leading to its archive entry. */
    Views.Moved moved(Change change, boolean diff) {
        AdvisoryVersion v = change.version();
        String fragment = "#" + (diff ? "c-" : "v-") + v.versionId();
        return new Views.Moved(v.country().name() + ": " + (diff ? "what changed in " : "") + v.source().government()
                + " version " + v.versionId() + ", archived", (diff ? "../../" : "../") + "archive/" + fragment);
    }

    private static List<String> reviews(AdvisoryVersion v) {
        return v.reviews().stream().map(r -> "retrieved " + r.retrieved()
                + (r.updated().known() ? ", stating updated " + display(r.updated()) : "")
                + (r.reviewed().known() ? ", still current at " + display(r.reviewed()) : "")).toList();
    }

    Views.DiffPage diff(CountryModel c, Change change, AdvisoryVersion previous) {
        AdvisoryVersion v = change.version();
        Views.Page page = page(c.country().name() + ": what changed in the " + v.source().government()
                + " advice on " + Optional.ofNullable(display(v.effectiveDate())).orElse(change.day()), diffPath(v));
        return new Views.DiffPage(page, c.country().name(), page.root() + countryPath(c), v.source().government(),
                v.versionId(), previous.versionId(), display(v.effectiveDate()), kindLabel(change), v.changeNote(),
                change.diff().noVisibleChange(), DiffViews.changesOnly(change.diff()),
                "../", page.root() + versionPath(previous), page.root() + countryPath(c) + "history/");
    }

    /** A version in a list on the page at {@code from} (a site path), its links relative to that page. */
    Views.ChangeItem item(Change change, String from) {
        AdvisoryVersion v = change.version();
        return new Views.ChangeItem(v.country().name(), relative(from, "countries/" + v.country().slug() + "/"),
                v.source().key(), v.source().government(), v.destination().placed() ? v.destination().name() : null,
                display(v.effectiveDate()), change.kind().key(), kindLabel(change),
                levelText(v.level(), change.previous() == null ? null : change.previous().level()), v.changeNote(),
                v.versionId(), v.provenance().retrieved(), v.provenance().url(), v.reviews().size(),
                relative(from, versionPath(v)), !change.hasDiff() ? null : relative(from, diffPath(v)));
    }

    /** The link from the page at site path {@code from} to site path {@code to} (both folders ending in "/", or ""). */
    static String relative(String from, String to) {
        int common = 0;
        for (int i = 0; i < Math.min(from.length(), to.length()) && from.charAt(i) == to.charAt(i); i++) {
            if (from.charAt(i) == '/') {
                common = i + 1;
            }
        }
        long up = from.substring(common).chars().filter(ch -> ch == '/').count();
        return "../".repeat((int) up) + to.substring(common);
    }

    /** A government's main destination for the country (as compared and charted); "not collected" where it has none. */
    private Views.Side side(CountryModel c, Source source) {
        List<CountryModel.Side> list = c.sides(source);
        return list.isEmpty() ? missing(source) : side(c, list.get(0));
    }

    private static Views.Side missing(Source source) {
        return new Views.Side(source.key(), source.shortLabel(), null, null, null, null, source.government(), source.organisation(), false, null,
                levelView(Level.UNKNOWN), null, null, null, null, null, null, source.defaultLicence(), null, null, 0, null, null, null);
    }

    /** One destination's latest advice on a country's page; its version pages are under its home country's. */
    private Views.Side side(CountryModel c, CountryModel.Side side) {
        AdvisoryVersion v = side.latest().orElseThrow();
        String home = side.homeOf(c.country()) ? "" : "../" + v.country().slug() + "/";
        return side(v, side.history().size(), false, covers(c, side), home + v.source().key() + "/" + v.versionId() + "/",
                home + "history/");
    }

    /**
     * The site's own line for a destination that is not plainly this country: its government's name for
     * it and what it covers ("The US advisory 'Kingdom of Denmark' covers Denmark, Greenland and Faroe Islands."); null otherwise.
     */
    static String covers(CountryModel c, CountryModel.Side side) {
        String line = covers(side.source(), side.destination());
        return line == null || side.homeOf(c.country()) ? line
                : line + " Its versions are listed under " + side.destination().home().name() + ".";
    }

    static String covers(Source source, org.advisorycompare.model.Destination d) {
        if (!d.placed()) {
            return null;
        }
        List<String> names = d.covers().stream().map(org.advisorycompare.model.Country::name).toList();
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return "The " + source.shortLabel() + " advice \u201c" + d.name() + "\u201d covers " + list + ".";
    }

    private Views.Side side(AdvisoryVersion v, Integer versions, boolean withBody, String covers, String versionHref,
            String historyHref) {
        return new Views.Side(v.source().key(), v.source().shortLabel(), v.destination().name(), covers, versionHref, historyHref,
                v.source().government(), v.provenance().organisation(), true, v.title(),
                levelView(v.level(), v.details().readFrom().level()), display(v.published()), display(v.updated()), display(v.reviewed()),
                v.changeNote(), v.provenance().url(), v.provenance().documentKind(), v.provenance().licence(),
                v.provenance().retrieved(), v.versionId(), versions,
                withBody ? bodyHtml(v) : null, v.details().readFrom().date(), v.details().readFrom().changeNote());
    }

    /** A version's text as its page shows it, under a heading of level 2. */
    static String bodyHtml(AdvisoryVersion v) {
        return HtmlBody.of(v.body(), 2, v.provenance().licence());
    }

    static Views.LevelView levelView(Level level) {
        return levelView(level, null);
    }

    static Views.LevelView levelView(Level level, String where) {
        return new Views.LevelView(level.nationalNative(), badge(level.national()), level.regionalNative(),
                badge(level.regional()), level.nationalDerived(), level.nationalSource(), where);
    }

    static String badge(Integer level) {
        return level == null ? "unknown" : "N" + level;
    }

    /**
     * A level in a list of versions: as {@link #levelText(Level)}, but only the badges where the government's words
     * are those of its version before ({@code before}, null for a first version), which the list shows above it.
     */
    static String levelText(Level level, Level before) {
        boolean sameWords = before != null && (level.national() != null || level.regional() != null) // words to repeat
                && Objects.equals(level.national(), before.national())
                && Objects.equals(level.nationalNative(), before.nationalNative())
                && Objects.equals(level.regional(), before.regional())
                && Objects.equals(level.regionalNative(), before.regionalNative());
        return sameWords ? levelText(level, false) + ", in the same words as its version before" : levelText(level);
    }

    static String levelText(Level level) {
        return levelText(level, true);
    }

    /** "N3 (words); regional N4 (words)", or without the words; "level not stated" where there is no national level. */
    private static String levelText(Level level, boolean words) {
        String national = level.national() == null ? "level not stated"
                : badge(level.national()) + (words ? " (" + level.nationalNative() + ")" : "");
        return level.regional() == null ? national : national + "; regional " + badge(level.regional())
                + (words ? " (" + level.regionalNative() + ")" : "");
    }

    static String kindLabel(Change change) {
        return change.kind().label(change.fromLevel(), change.toLevel());
    }

    /** A stated date for display: "30 October 2025", or null when not stated. */
    static String display(StatedDate date) {
        if (!date.known()) {
            return null;
        }
        return LocalDate.parse(date.day()).format(DISPLAY);
    }
}
