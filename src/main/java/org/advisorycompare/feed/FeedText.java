package org.advisorycompare.feed;

import org.advisorycompare.history.Change;
import org.advisorycompare.history.ChangeKind;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;
import org.jsoup.nodes.Entities;

/** The words of feed entries: a title that says what happened, and a description from the version. */
final class FeedText {
    private FeedText() {
    }

    static String title(Change change) {
        AdvisoryVersion v = change.version();
        String who = v.country().name() + " — " + v.source().shortLabel();
        String what = switch (change.kind()) {
            case FIRST -> " advice first recorded";
            case LEVEL_RAISED -> " raised to " + levelWords(v.level());
            case LEVEL_LOWERED -> " lowered to " + levelWords(v.level());
            case REGIONAL_CHANGE -> " regional advice changed";
            case TEXT_CHANGED -> " advice updated";
            case SILENT_EDIT -> " advice edited without a change note";
        };
        boolean levelChange = change.kind() == ChangeKind.LEVEL_RAISED || change.kind() == ChangeKind.LEVEL_LOWERED;
        return who + what + (v.changeNote() == null || levelChange ? "" : ": " + v.changeNote());
    }

    /** "Level 4: Do Not Travel" as the US words it; "N4: FCDO advises against ..." where the words carry no number. */
    private static String levelWords(Level level) {
        String words = level.nationalNative();
        return words.startsWith("Level ") ? words : "N" + level.national() + ": " + words;
    }

    static String descriptionHtml(Change change) {
        AdvisoryVersion v = change.version();
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(v.source().organisation())).append(": ")
                .append(escape(v.title() == null ? "travel advice" : v.title())).append("</p>");
        if (v.changeNote() != null) {
            html.append("<p>Change note: ").append(escape(v.changeNote())).append("</p>");
        }
        html.append("<p>Level: ").append(escape(v.level().nationalNative() == null ? "not stated"
                : v.level().nationalNative() + " (N" + v.level().national() + ")")).append("</p>");
        if (v.provenance().url() != null) {
            html.append("<p>Source: <a href=\"").append(escape(v.provenance().url())).append("\">")
                    .append(escape(v.provenance().url())).append("</a></p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
