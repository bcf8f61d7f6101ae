package org.advisorycompare.render;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.ChangeKind;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.Output;
import org.advisorycompare.site.OutputFile;
import org.advisorycompare.site.PageCache;
import org.advisorycompare.site.SiteModel;

/** The HTML pages: home; for every country its comparison and history; for every version its page and its diff. */
public final class PageOutput implements Output {
    private final Templates templates;

    public PageOutput(Templates templates) {
        this.templates = templates;
    }

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, PageCache cache,
            Consumer<OutputFile> files) {
        ViewFactory views = views(model, config);
        // every page's footer names the governments the site shows: part of every cached page's inputs
        String site = "sources " + model.sources() + "\n";
        String path = ViewFactory.countryPath(country);
        String inputs = site + country.fingerprint();
        files.accept(page(cache, path + "index.html", "country.ftlh", inputs, () -> views.country(country)));
        files.accept(page(cache, path + "history/index.html", "history.ftlh", inputs, () -> views.history(country)));
        for (CountryModel.Side side : country.allSides()) {
            if (side.homeOf(country.country())) { // a destination's versions live under its home country only
                versionPages(views, site, country, side.history(), files, cache);
            }
        }
    }

    @Override
    public void render(SiteModel model, BuildConfig config, PageCache cache, Consumer<OutputFile> files) {
        ViewFactory views = views(model, config);
        files.accept(OutputFile.text("index.html", templates.render("index.ftlh", views.home(model))));
        files.accept(OutputFile.text("about/index.html", templates.render("about.ftlh", views.about())));
        files.accept(OutputFile.text("search/index.html", templates.render("search.ftlh", views.search(model))));
        files.accept(OutputFile.text("404.html", templates.render("404.ftlh", views.notFound())));
        files.accept(OutputFile.text("feeds/index.html", templates.render("feeds.ftlh", views.feeds(model))));
        String site = "sources " + model.sources() + "\n";
        changePages(views, site, model.changes(), false, files, cache);
        changePages(views, site, model.changes().stream().filter(PageOutput::isLevelChange).toList(), true, files, cache);
    }

    private static ViewFactory views(SiteModel model, BuildConfig config) {
        return new ViewFactory(config, model.sources());
    }

    static final int CHANGES_PER_PAGE = 50;

    /** The changes list: archive pages keep their content (see {@link ChangePages}), so most are reused. */
    private void changePages(ViewFactory views, String site, List<Change> changes, boolean levelsOnly,
            Consumer<OutputFile> files, PageCache cache) {
        ChangePages pages = new ChangePages(changes.size(), CHANGES_PER_PAGE);
        for (int n = 0; n <= pages.archived(); n++) {
            int page = n;
            StringBuilder inputs = new StringBuilder(site).append(pages.position(n)).append('\n').append(pages.archived() > 0)
                    .append(pages.newer(n)).append(' ').append(pages.older(n));
            changes.subList(pages.from(n), pages.to(n)).forEach(c -> inputs.append('\n').append(c.version()).append(c.kind())
                    .append(c.fromLevel()).append(c.toLevel()).append(c.hasDiff()));
            files.accept(page(cache, ViewFactory.changesPath(levelsOnly, n) + "index.html", "changes.ftlh", inputs.toString(),
                    () -> views.changes(changes, levelsOnly, page, pages)));
        }
    }

    private static boolean isLevelChange(Change c) {
        return c.kind().isLevelChange();
    }

    /**
     * Version and diff pages, reused while the versions they show and their labels are unchanged: a new
     * version re-renders its own pages, not those of the versions before it.
     */
    private void versionPages(ViewFactory views, String site, CountryModel country, List<Change> history,
            Consumer<OutputFile> files, PageCache cache) {
        for (Change change : history) {
            String inputs = site + country.country() + "\n" + change.version() + "\n" + change.kind() + change.fromLevel()
                    + change.toLevel();
            files.accept(page(cache, ViewFactory.versionPath(change.version()) + "index.html", "version.ftlh", inputs,
                    () -> views.version(country, change)));
            if (change.hasDiff()) {
                files.accept(page(cache, ViewFactory.diffPath(change.version()) + "index.html", "diff.ftlh",
                        inputs + "\n" + change.previous(), () -> views.diff(country, change, change.previous())));
            }
        }
    }

    /** A page of a template, reused while its inputs and the templates it uses (its key) are unchanged. */
    private OutputFile page(PageCache cache, String path, String template, String inputs, Supplier<Object> view) {
        return cache.page(path, templates.key(template) + "\n" + inputs, () -> templates.render(template, view.get()));
    }
}
