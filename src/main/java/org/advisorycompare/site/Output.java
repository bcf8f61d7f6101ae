package org.advisorycompare.site;

import java.util.List;
import org.advisorycompare.config.BuildConfig;

/**
 * One kind of output (home page, country pages, feed, open data...): the files it makes from the model.
 * Pages that depend on part of the model go through the {@link PageCache} with the inputs they show.
 */
public interface Output {
    List<OutputFile> render(SiteModel model, BuildConfig config, PageCache cache);
}
