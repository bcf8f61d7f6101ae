package org.advisorycompare.render;

import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.SiteModel;

/** The pages about the whole site, rendered on every build: home, about, search, feeds and the 404 page. */
public final class SitePages implements Output {
    private final TemplatePage pages;

    public SitePages(Templates templates) {
        this.pages = new TemplatePage(templates);
    }

    @Override
    public void render(SiteModel model, BuildConfig config, Pages reuse, Consumer<OutputFile> files) {
        ViewFactory views = TemplatePage.views(model, config);
        files.accept(pages.always("index.html", "index.ftlh", views.home(model)));
        files.accept(pages.always("about/index.html", "about.ftlh", views.about()));
        files.accept(pages.always("search/index.html", "search.ftlh", views.search(model)));
        files.accept(pages.always("404.html", "404.ftlh", views.notFound()));
        files.accept(pages.always("feeds/index.html", "feeds.ftlh", views.feeds(model)));
    }
}
