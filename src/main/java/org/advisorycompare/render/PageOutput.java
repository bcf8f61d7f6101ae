package org.advisorycompare.render;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.ChangeKind;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.SiteModel;

/** The HTML pages: home; for every country its comparison and history; for every version its page and its diff. */
public final class PageOutput implements Output {
    private final Templates templates;

    public PageOutput(Templates templates) {
        this.templates = templates;
    }

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages pages,
            Consumer<OutputFile> files) {
        ViewFactory views = views(model, config);
        String path = ViewFactory.countryPath(country);
        CountryPage inputs = new CountryPage(model.sources(), country);
        files.accept(page(pages, path + "index.html", "country.ftlh", inputs, () -> views.country(country)));
        files.accept(page(pages, path + "history/index.html", "history.ftlh", inputs, () -> views.history(country)));
        for (CountryModel.Side side : country.allSides()) {
            if (side.homeOf(country.country())) { // a destination's versions live under its home country only
                versionPages(views, model.sources(), country, side.history(), files, pages);
            }
        }
    }

    @Override
    public void render(SiteModel model, BuildConfig config, Pages pages, Consumer<OutputFile> files) {
        ViewFactory views = views(model, config);
        files.accept(OutputFile.text("index.html", templates.render("index.ftlh", views.home(model))));
        files.accept(OutputFile.text("about/index.html", templates.render("about.ftlh", views.about())));
        files.accept(OutputFile.text("search/index.html", templates.render("search.ftlh", views.search(model))));
        files.accept(OutputFile.text("404.html", templates.render("404.ftlh", views.notFound())));
        files.accept(OutputFile.text("feeds/index.html", templates.render("feeds.ftlh", views.feeds(model))));
        changePages(views, model.sources(), model.changes(), false, files, pages);
        changePages(views, model.sources(), model.changes().stream().filter(PageOutput::isLevelChange).toList(), true,
                files, pages);
    }

    private static ViewFactory views(SiteModel model, BuildConfig config) {
        return new ViewFactory(config, model.sources());
    }

    static final int CHANGES_PER_PAGE = 50;

    /** The changes list: archive pages keep their content (see {@link ChangePages}), so most are reused. */
    private void changePages(ViewFactory views, List<Source> sources, List<Change> changes, boolean levelsOnly,
            Consumer<OutputFile> files, Pages pages) {
        ChangePages split = new ChangePages(changes.size(), CHANGES_PER_PAGE);
        for (int n = 0; n <= split.archived(); n++) {
            int page = n;
            ChangesPage inputs = new ChangesPage(sources, split.position(n), split.archived() > 0, split.newer(n),
                    split.older(n), changes.subList(split.from(n), split.to(n)));
            files.accept(page(pages, ViewFactory.changesPath(levelsOnly, n) + "index.html", "changes.ftlh", inputs,
                    () -> views.changes(changes, levelsOnly, page, split)));
        }
    }

    private static boolean isLevelChange(Change c) {
        return c.kind().isLevelChange();
    }

    /**
     * Version and diff pages, reused while the versions they show and their labels are unchanged: a new
     * version re-renders its own pages, not those of the versions before it.
     */
    private void versionPages(ViewFactory views, List<Source> sources, CountryModel country, List<Change> history,
            Consumer<OutputFile> files, Pages pages) {
        for (Change change : history) {
            VersionPage inputs = new VersionPage(sources, country.country(), change);
            files.accept(page(pages, ViewFactory.versionPath(change.version()) + "index.html", "version.ftlh", inputs,
                    () -> views.version(country, change)));
            if (change.hasDiff()) {
                files.accept(page(pages, ViewFactory.diffPath(change.version()) + "index.html", "diff.ftlh", inputs,
                        () -> views.diff(country, change, change.previous())));
            }
        }
    }

    /** A page of a template, reused while its inputs and the templates it uses are unchanged. */
    private OutputFile page(Pages pages, String path, String template, Record inputs, Supplier<Record> view) {
        return pages.page(path, template, inputs, () -> templates.render(template, view.get()));
    }

    // What each page shows. Every page's footer names the governments the site shows.

    /** A country's comparison and its history page: everything about the country. */
    private record CountryPage(List<Source> sources, CountryModel country) {
    }

    /** A version's page and its diff page: the version, its label, and the version before it. */
    private record VersionPage(List<Source> sources, Country country, Change change) {
    }

    /** A page of the changes list: where it stands among the pages, and its changes. */
    private record ChangesPage(List<Source> sources, String position, boolean archives, int newer, int older,
            List<Change> changes) {
    }
}
