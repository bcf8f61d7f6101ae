package org.advisorycompare.output;

import java.util.List;
import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;

/**
 * One kind of output (home page, country pages, feed, open data, sitemap...): the files it makes from
 * the model. A file that shows part of the model is made through {@link Pages} with the inputs it shows,
 * so that the build may take it from the previous site instead.
 *
 * <p>The build streams country by country: for each country (several at once, on every core) each
 * output makes that country's files, so what one country needs (its texts, its diffs) is used by every
 * output while it is at hand; then each output makes the files about the whole site; then the files
 * about the site's files (the sitemap).
 */
public interface Output {
    /** Renders this kind's files about one country; called for every country, from several threads. */
    default void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages pages,
            Consumer<OutputFile> sink) {
    }

    /** Renders this kind's files about the whole site, after every country, one at a time into the sink. */
    default void render(SiteModel model, BuildConfig config, Pages pages, Consumer<OutputFile> sink) {
    }

    /** Renders this kind's files about the site's other files (every path made so far), last. */
    default void renderIndex(List<String> paths, BuildConfig config, Consumer<OutputFile> sink) {
    }
}
