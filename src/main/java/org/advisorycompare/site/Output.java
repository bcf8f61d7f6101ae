package org.advisorycompare.site;

import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;

/**
 * One kind of output (home page, country pages, feed, open data...): the files it makes from the model.
 * Pages that depend on part of the model go through the {@link PageCache} with the inputs they show.
 *
 * <p>The build streams country by country: for each country (several at once, on every core) each
 * output makes that country's files, so what one country needs (its texts, its diffs) is used by every
 * output while it is at hand; then each output makes the files about the whole site.
 */
public interface Output {
    /** Renders this kind's files about one country; called for every country, from several threads. */
    default void renderCountry(SiteModel model, CountryModel country, BuildConfig config, PageCache cache,
            Consumer<OutputFile> sink) {
    }

    /** Renders this kind's files about the whole site, after every country, one at a time into the sink. */
    void render(SiteModel model, BuildConfig config, PageCache cache, Consumer<OutputFile> sink);
}
