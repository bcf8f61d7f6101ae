package org.advisorycompare.feed;

import org.advisorycompare.history.Change;
import org.advisorycompare.history.Diff;
import org.advisorycompare.history.DiffText;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;
import org.jsoup.nodes.Entities;

/** The words of feed entries: a title that says what happened, the change note, the changes-only diff. */
final class FeedText {
    static final int CONTEXT = 1;

    private FeedText() {
    }

    static String title(Change change) {
        AdvisoryVersion v = change.version();
        String who = v.country().name() + " — " + v.source().shortLabel();
        String what = change.kind().feedWords(levelWords(v.level()));
        return plain(who + what + (v.changeNote() == null || change.kind().titledByLevel() ? "" : ": " + v.changeNote()));
    }

    /**
     * A title as plain text: feed readers render some titles as HTML, so anything a browser would parse as a
     * tag (and a script's or style's content) is dropped; the words around it stay.
     */
    static String plain(String title) {
        return title.indexOf('<') < 0 ? title : org.jsoup.Jsoup.parseBodyFragment(title).text();
    }

    /** "Level 4: Do Not Travel" as the US words it; "N4: FCDO advises against ..." where the words carry no number. */
    private static String levelWords(Level level) {
        String words = level.nationalNative();
        if (level.national() == null || words == null) {
            return level.national() == null ? "not stated" : "N" + level.national();
        }
        return words.startsWith("Level ") ? words : "N" + level.national() + ": " + words;
    }

    /** The entry as HTML: organisation and title, change note, level, the changes-only diff, links. */
    static String descriptionHtml(Change change, String link, int budget) {
        AdvisoryVersion v = change.version();
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(v.source().organisation())).append(": ")
                .append(escape(v.title() == null ? "travel advice" : v.title())).append("</p>");
        html.append("<p>Change note: ").append(v.changeNote() == null ? "none in this document" : escape(v.changeNote())).append("</p>");
        html.append("<p>Level: ").append(escape(v.level().nationalNative() == null ? "not stated"
                : v.level().nationalNative() + " (N" + v.level().national() + ")")).append("</p>");
        if (change.hasDiff()) {
            html.append(budget == NO_CHANGES ? "<p>" + escape(CHANGES_ON_PAGE) + "</p>" : diffHtml(change.diff(), budget));
        }
        html.append("<p><a href=\"").append(escape(link)).append("\">").append(!change.hasDiff() ? "Read this version" : "See what changed")
                .append("</a>");
        if (v.provenance().url() != null) { // "Official source" only for the government's own host
            boolean official = org.advisorycompare.model.Urls.onHost(v.provenance().url(), v.source().officialHosts());
            html.append(" · <a href=\"").append(escape(v.provenance().url())).append("\">")
                    .append(official ? "Official source" : "Source (" + escape(java.net.URI.create(v.provenance().url()).getHost()) + ")")
                    .append("</a>");
        }
        return html.append("</p>").toString();
    }

    /*
     * The budget: the most characters of diff an entry carries, as HTML and again as text (JSON Feed has both), from
     * SiteSettings.feedDiffChars: past it, the entry stops at a block and says the rest is on the change's page. A feed
     * reader's entry stays small (an entry of the Israel feed was 56 KB); the whole change is always one link away.
     */
    static final String CHANGES_ON_PAGE = "What changed is on the change's page (See what changed).";
    /** The budget of an entry that carries no changes, only the link to them (past SiteSettings.feedDiffEntries). */
    static final int NO_CHANGES = 0;
    static final String REST_ON_PAGE = "… the rest of this change is on its page (See what changed).";

    /** The changes-only diff: section lines, then blocks with {@code <ins>}/{@code <del>} and their words, up to the budget. */
    static String diffHtml(Diff diff, int budget) {
        if (diff.noVisibleChange()) {
            return "<p>No visible text change.</p>";
        }
        StringBuilder html = new StringBuilder();
        for (Diff.SectionDiff section : diff.changedSections()) {
            if (html.length() > budget) {
                return html.append("<p>").append(escape(REST_ON_PAGE)).append("</p>").toString();
            }
            html.append("<p><strong>").append(escape(DiffText.title(section))).append("</strong></p>");
            boolean partial = section.kind() == Diff.Kind.CHANGED || section.kind() == Diff.Kind.RENAMED;
            for (Diff.BlockDiff block : partial ? section.changesOnly(CONTEXT) : section.blocks()) {
                if (html.length() > budget) {
                    return html.append("<p>").append(escape(REST_ON_PAGE)).append("</p>").toString();
                }
                html.append("<p>");
                if (block.kind() == Diff.Kind.GAP) {
                    html.append("…");
                }
                for (Diff.Span span : block.spans()) {
                    switch (span.op()) {
                        case SAME -> html.append(escape(span.text()));
                        case INSERTED -> html.append("<ins>[added: ").append(escape(span.text())).append("]</ins>");
                        case DELETED -> html.append("<del>[removed: ").append(escape(span.text())).append("]</del>");
                    }
                }
                html.append("</p>");
            }
        }
        return html.toString();
    }

    /** Plain text for JSON Feed's content_text: the change note and the changes-only diff as text. */
    static String summary(Change change, int budget) {
        AdvisoryVersion v = change.version();
        String note = "Change note: " + (v.changeNote() == null ? "none in this document" : v.changeNote()) + "\n";
        if (!change.hasDiff()) {
            return note;
        } else if (budget == NO_CHANGES) {
            return note + CHANGES_ON_PAGE + "\n";
        }
        String diff = DiffText.changesOnly(change.diff(), CONTEXT);
        if (diff.length() <= budget) {
            return note + diff;
        }
        int cut = diff.lastIndexOf('\n', budget);
        return note + diff.substring(0, cut > 0 ? cut + 1 : budget) + REST_ON_PAGE + "\n";
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
