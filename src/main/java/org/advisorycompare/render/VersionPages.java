package org.advisorycompare.render;

import java.util.List;
import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;

/**
 * Every version's page and its diff from the version before, under its destination's home country; reused while
 * the version, its label and the version before are unchanged, so a new version renders its own pages only. An
 * archived version (older than the newest {@code full_versions} of its side) keeps its two URLs as small pages leading
 * to its entry on the archive page ({@link ArchivePages}).
 */
public final class VersionPages implements Output {
    private final TemplatePage pages;

    public VersionPages(Templates templates) {
        this.pages = new TemplatePage(templates);
    }

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages reuse,
            Consumer<OutputFile> files) {
        ViewFactory views = TemplatePage.views(model, config);
        for (CountryModel.Side side : country.allSides()) {
            if (side.homeOf(country.country())) { // a destination's versions live under its home country only
                int archived = side.archived(config.site().fullVersions()).size();
                for (int i = 0; i < side.history().size(); i++) {
                    Change change = side.history().get(i);
                    if (i < archived) {
                        moved(reuse, views, change, files);
                    } else {
                        full(reuse, views, new Shown(model.sources(), country.country(), change), country, files);
                    }
                }
            }
        }
    }

    private void full(Pages reuse, ViewFactory views, Shown inputs, CountryModel country, Consumer<OutputFile> files) {
        Change change = inputs.change();
        files.accept(pages.page(reuse, ViewFactory.versionPath(change.version()) + "index.html", "version.ftlh",
                inputs, () -> views.version(country, change)));
        if (change.hasDiff()) {
            files.accept(pages.page(reuse, ViewFactory.diffPath(change.version()) + "index.html", "diff.ftlh",
                    inputs, () -> views.diff(country, change, change.previous())));
        }
    }

    private void moved(Pages reuse, ViewFactory views, Change change, Consumer<OutputFile> files) {
        files.accept(pages.page(reuse, ViewFactory.versionPath(change.version()) + "index.html", "moved.ftlh",
                new Moved(change.version(), false), () -> views.moved(change, false)));
        if (change.hasDiff()) {
            files.accept(pages.page(reuse, ViewFactory.diffPath(change.version()) + "index.html", "moved.ftlh",
                    new Moved(change.version(), true), () -> views.moved(change, true)));
        }
    }

    /** What a moved page shows: the version's place and title words, and whether it stands for the diff. */
    private record Moved(org.advisorycompare.model.AdvisoryVersion version, boolean diff) {
    }

    /** What both pages show: the version, its label, and the version before it. */
    private record Shown(List<Source> sources, Country country, Change change) {
    }
}
