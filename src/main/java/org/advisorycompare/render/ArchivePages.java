package org.advisorycompare.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.Source;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.site.SiteModel;

/**
 * For each country and government with archived versions (older than the newest {@code full_versions} of a side):
 * {@code countries/<slug>/<source>/archive/}, every archived version's facts, newest first, and
 * {@code texts.json.gz} beside it, their texts ({@link ArchiveTexts}); both reused while the archived versions are
 * unchanged.
 */
public final class ArchivePages implements Output {
    static final String TEXTS = "texts.json.gz";
    /** The most versions a build looks for as newly archived behind the previous build's file (one per new version). */
    private static final int MOST_ADDED = 3;
    private final TemplatePage pages;

    public ArchivePages(Templates templates) {
        this.pages = new TemplatePage(templates);
    }

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages reuse,
            Consumer<OutputFile> files) {
        ViewFactory views = TemplatePage.views(model, config);
        for (Source source : model.sources()) {
            List<Change> archived = new ArrayList<>();
            for (CountryModel.Side side : country.sides(source)) {
                if (side.homeOf(country.country())) {
                    archived.addAll(side.archived(config.site().fullVersions()));
                }
            }
            if (!archived.isEmpty()) {
                String dir = ViewFactory.archivePath(country.country(), source);
                Shown inputs = new Shown(model.sources(), archived);
                files.accept(pages.page(reuse, dir + "index.html", "archive.ftlh", inputs,
                        () -> views.archive(country, source, archived, TEXTS)));
                files.accept(reuse.file(dir + TEXTS, inputs, () -> texts(reuse, dir + TEXTS, model.sources(), archived)));
            }
        }
    }

    /**
     * The texts file. After a new version, a side's archive holds the versions it held and the one (or few) that left
     * the newest: the previous build's file, where it was made from those it held, gains their texts alone, the
     * same bytes as from every text (a text is a conversion of a version's Markdown: a history's are hundreds).
     */
    private static byte[] texts(Pages reuse, String path, List<Source> sources, List<Change> archived) {
        for (int added = 1; added <= Math.min(MOST_ADDED, archived.size() - 1); added++) {
            int held = archived.size() - added;
            byte[] before = reuse.previous(path, new Shown(sources, archived.subList(0, held)));
            byte[] after = before == null ? null : ArchiveTexts.append(before, texts(archived.subList(held, archived.size())));
            if (after != null) {
                return after;
            }
        }
        return ArchiveTexts.of(texts(archived));
    }

    /** Each side's versions in order, each based on the one before it (stored whole where that one is not in the file). */
    private static List<ArchiveTexts.Text> texts(List<Change> archived) {
        return archived.stream().map(change -> new ArchiveTexts.Text(change.version().versionId(),
                ViewFactory.bodyHtml(change.version()), change.previous() == null ? null : change.previous().versionId()))
                .toList();
    }

    /** What both files show: the archived versions, each with its label and the version before it. */
    private record Shown(List<Source> sources, List<Change> archived) {
    }
}
