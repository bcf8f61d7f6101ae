package org.advisorycompare.render;

import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.Output;
import org.advisorycompare.site.OutputFile;
import org.advisorycompare.site.SiteModel;

/** The HTML pages: home, and for every country its comparison page and its history page. */
public final class PageOutput implements Output {
    private final Templates templates;

    public PageOutput(Templates templates) {
        this.templates = templates;
    }

    @Override
    public List<OutputFile> render(SiteModel model, BuildConfig config) {
        ViewFactory views = new ViewFactory(config);
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text("index.html", templates.render("index.ftlh", views.home(model))));
        for (CountryModel country : model.countries()) {
            String path = ViewFactory.countryPath(country);
            files.add(OutputFile.text(path + "index.html", templates.render("country.ftlh", views.country(country))));
            files.add(OutputFile.text(path + "history/index.html",
                    templates.render("history.ftlh", views.history(country))));
        }
        return files;
    }
}
