package org.advisorycompare.render;

import java.util.List;
import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.model.Source;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;

/** A country's comparison page and its history page. */
public final class CountryPages implements Output {
    private final TemplatePage pages;

    public CountryPages(Templates templates) {
        this.pages = new TemplatePage(templates);
    }

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages reuse,
            Consumer<OutputFile> files) {
        ViewFactory views = TemplatePage.views(model, config);
        String path = ViewFactory.countryPath(country);
        Shown inputs = new Shown(model.sources(), country);
        files.accept(pages.page(reuse, path + "index.html", "country.ftlh", inputs, () -> views.country(country)));
        files.accept(pages.page(reuse, path + "history/index.html", "history.ftlh", inputs, () -> views.history(country)));
    }

    /** What both pages show: everything about the country, and the governments every footer names. */
    private record Shown(List<Source> sources, CountryModel country) {
    }
}
