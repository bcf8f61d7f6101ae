package org.advisorycompare.render;

import java.util.List;
import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.Source;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.SiteModel;

/**
 * The lists of changes, newest first ({@code changes/}) and of level changes only ({@code changes/levels/}): archive
 * pages keep their content (see {@link ChangePages}), so most are reused.
 */
public final class ChangeListPages implements Output {
    static final int CHANGES_PER_PAGE = 50;
    private final TemplatePage pages;

    public ChangeListPages(Templates templates) {
        this.pages = new TemplatePage(templates);
    }

    @Override
    public void render(SiteModel model, BuildConfig config, Pages reuse, Consumer<OutputFile> files) {
        ViewFactory views = TemplatePage.views(model, config);
        list(views, model.sources(), model.changes(), false, files, reuse);
        list(views, model.sources(), model.changes().stream().filter(c -> c.kind().isLevelChange()).toList(), true, files,
                reuse);
    }

    private void list(ViewFactory views, List<Source> sources, List<Change> changes, boolean levelsOnly,
            Consumer<OutputFile> files, Pages reuse) {
        ChangePages split = new ChangePages(changes.size(), CHANGES_PER_PAGE);
        for (int n = 0; n <= split.archived(); n++) {
            int page = n;
            Shown inputs = new Shown(sources, split.position(n), split.archived() > 0, split.newer(n), split.older(n),
                    changes.subList(split.from(n), split.to(n)));
            files.accept(pages.page(reuse, ViewFactory.changesPath(levelsOnly, n) + "index.html", "changes.ftlh", inputs,
                    () -> views.changes(changes, levelsOnly, page, split)));
        }
    }

    /** What a page of the list shows: where it stands among the pages, and its changes. */
    private record Shown(List<Source> sources, String position, boolean archives, int newer, int older,
            List<Change> changes) {
    }
}
