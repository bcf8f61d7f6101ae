package org.advisorycompare.render;

import java.util.List;
import java.util.function.Consumer;
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
        files.accept(cache.page(path + "index.html", inputs, () -> templates.render("country.ftlh", views.country(country))));
        files.accept(cache.page(path + "history/index.html", inputs,
                () -> templates.render("history.ftlh", views.history(country))));
        for (List<Change> history : List.of(country.us(), country.uk(), country.ca())) {
            versionPages(views, site, country, history, files, cache);
        }
    }

    @Override
    public void render(SiteModel model, BuildConfig config, PageCache cache, Consumer<OutputFile> files) {
        ViewFactory views = views(model, config);
        files.accept(OutputFile.text("index.html", templates.render("index.ftlh", views.home(model))));
        files.accept(OutputFile.text("about/index.html", templates.render("about.ftlh", views.about())));
        files.accept(OutputFile.text("404.html", templates.render("404.ftlh", views.notFound())));
        files.accept(OutputFile.text("feeds/index.html", templates.render("feeds.ftlh", views.feeds(model))));
        changePages(views, model.changes(), false, files);
        changePages(views, model.changes().stream().filter(PageOutput::isLevelChange).toList(), true, files);
    }

    private static ViewFactory views(SiteModel model, BuildConfig config) {
        return new ViewFactory(config, model.sources().contains(org.advisorycompare.model.Source.CA));
    }

    static final int CHANGES_PER_PAGE = 50;

    private void changePages(ViewFactory views, List<Change> changes, boolean levelsOnly, Consumer<OutputFile> files) {
        int pages = Math.max(1, (changes.size() + CHANGES_PER_PAGE - 1) / CHANGES_PER_PAGE);
        for (int n = 1; n <= pages; n++) {
            files.accept(OutputFile.text(ViewFactory.changesPath(levelsOnly, n) + "index.html",
                    templates.render("changes.ftlh", views.changes(changes, levelsOnly, n, pages, CHANGES_PER_PAGE))));
        }
    }

    private static boolean isLevelChange(Change c) {
        return c.kind() == ChangeKind.LEVEL_RAISED || c.kind() == ChangeKind.LEVEL_LOWERED;
    }

    /** Version and diff pages, reused while the versions they show and their labels are unchanged. */
    private void versionPages(ViewFactory views, String site, CountryModel country, List<Change> history,
            Consumer<OutputFile> files, PageCache cache) {
        for (Change change : history) {
            String inputs = site + country.country() + "\n" + change.version() + "\n" + change.kind() + change.fromLevel()
                    + change.toLevel() + "\n" + history.size();
            files.accept(cache.page(ViewFactory.versionPath(change.version()) + "index.html", inputs,
                    () -> templates.render("version.ftlh", views.version(country, change))));
            if (change.hasDiff()) {
                files.accept(cache.page(ViewFactory.diffPath(change.version()) + "index.html", inputs + "\n" + change.previous(),
                        () -> templates.render("diff.ftlh", views.diff(country, change, change.previous()))));
            }
        }
    }
}
