package org.advisorycompare.read;

import java.util.regex.Pattern;

/**
 * What is not advice although a reader reads it: the State Department's placeholder items ("Exercise
 * normal precautionSummary not available", whose title's level is not the advisory's), change-history pages,
 * an embassy's own alerts (headed with its name and place, stating no level) and
 * texts with nothing left after cleaning. Such a document is set aside, never a version.
 */
public final class NotAdvice {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)summary\\s+not\\s+available");
    /** A page listing a government's change notes ("## Change History", then dated entries): a history, not advice. */
    private static final Pattern CHANGE_HISTORY = Pattern.compile("(?im)^(?:#{1,4}\\s*|\\*\\*)?change history(?:\\*\\*)?\\s*$");
    /**
     * A title that is an embassy's name and place ("U.S. Embassy Bamako, Mali"), as its alerts are headed: its alert,
     * not the government's travel advice. A report about an embassy ("U.S. Embassy Urges Americans to Leave Mali ...")
     * is not headed so.
     */
    private static final Pattern EMBASSY = Pattern.compile("(?i)^[-\\s]*(?:u\\.s\\.\\s+)?embassy\\s+[^,]{1,40},\\s*[^,]{1,40}$");
    /** A placeholder is short: a real advisory that quotes the phrase is far longer. */
    private static final int PLACEHOLDER_MAX = 200;

    private NotAdvice() {
    }

    /** Whether the document, as written, is a change-history page. */
    public static boolean isChangeHistory(RawDocument document) {
        return !document.isFolder() && CHANGE_HISTORY.matcher(document.head()).find();
    }

    /** Throws {@link NotAdviceException} naming the document when what was read from it is not advice. */
    public static Extraction check(RawDocument document, Extraction e) {
        if (isChangeHistory(document)) { // as written, whatever a reader kept
            throw new NotAdviceException(document.name(), "a change-history page (the government's list of its change notes), not advice");
        }
        return check(document.name(), e);
    }

    public static Extraction check(String name, Extraction e) {
        String body = e.body() == null ? "" : e.body().strip();
        if (body.isEmpty()) {
            throw new NotAdviceException(name, "no advice text left after cleaning");
        }
        if (CHANGE_HISTORY.matcher(body.replace("\\", "")).find()) { // a plain-text reading escapes "#" as "\\#"
            throw new NotAdviceException(name, "a change-history page (the government's list of its change notes), not advice");
        }
        if (e.level().national() == null && e.level().regional() == null && e.title() != null
                && EMBASSY.matcher(e.title().strip()).matches()) {
            throw new NotAdviceException(name, "an embassy's alert ('" + e.title().strip() + "'), which states no level:"
                    + " not the government's travel advice");
        }
        if (body.length() <= PLACEHOLDER_MAX && PLACEHOLDER.matcher(body).find()) {
            throw new NotAdviceException(name, "a placeholder ('" + body.replaceAll("\\s+", " ")
                    + "'); its title's level is not the advisory's");
        }
        return e;
    }
}
