package org.advisorycompare.render;

import java.util.function.Supplier;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.SiteModel;

/** What every page kind shares: its templates, its views, and making a page that may be reused. */
final class TemplatePage {
    private final Templates templates;

    TemplatePage(Templates templates) {
        this.templates = templates;
    }

    /** A page of a template, reused while its inputs and the templates it uses are unchanged. */
    OutputFile page(Pages pages, String path, String template, Record inputs, Supplier<Record> view) {
        return pages.page(path, template, inputs, () -> templates.render(template, view.get()));
    }

    /** A page of a template that is rendered on every build (it shows the whole site). */
    OutputFile always(String path, String template, Record view) {
        return OutputFile.text(path, templates.render(template, view));
    }

    static ViewFactory views(SiteModel model, BuildConfig config) {
        return new ViewFactory(config, model.sources());
    }
}
