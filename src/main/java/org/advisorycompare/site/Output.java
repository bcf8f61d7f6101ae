package org.advisorycompare.site;

import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;

/**
 * One kind of output (home page, country pages, feed, open data...): the files it makes from the model.
 * Pages that depend on part of the model go through the {@link PageCache} with the inputs they show.
 */
public interface Output {
    /** Renders every file of this kind into the sink, one at a time (nothing is kept in memory). */
    void render(SiteModel model, BuildConfig config, PageCache cache, Consumer<OutputFile> sink);
}
