package org.advisorycompare.convert;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.read.NotAdvice;

import org.advisorycompare.read.RawDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.StatedDate;

/**
 * A government's change-history page (GOV.UK's {@code details.change_history}, as a page lists it: a bold date,
 * then the change note): never advice itself, but the official record of which note and which "Updated" date the
 * advice page showed on any day up to the page's own capture.
 *
 * @param asOf    the day the page was captured: it says nothing of later publications
 * @param source  where the page is in the archive, for a version's "read from"
 */
public record ChangeHistory(List<Entry> entries, String asOf, String source) {
    /** One published change: its day as stated and its note. */
    public record Entry(StatedDate date, String note) {
    }

    private static final Pattern DATE_LINE = Pattern.compile("^\\*\\*([0-9]{1,2} [A-Z][a-z]+ [0-9]{4})\\*\\*\\s*$");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");

    public ChangeHistory {
        entries = List.copyOf(entries);
    }

    /** Whether a document is a change-history page rather than advice. */
    public static boolean is(RawDocument document) {
        return NotAdvice.isChangeHistory(document);
    }

    /** The entries of a change-history page, newest first as it lists them. */
    public static ChangeHistory read(RawDocument document, String asOf, String source) {
        List<Entry> entries = new ArrayList<>();
        StatedDate date = null;
        StringBuilder note = new StringBuilder();
        for (String line : document.text().split("\\R")) {
            Matcher m = DATE_LINE.matcher(line.strip());
            if (m.matches() || line.startsWith("#")) {
                add(entries, date, note);
                date = m.matches() ? DateReader.read(m.group(1)) : null;
                note.setLength(0);
            } else if (date != null) {
                note.append(' ').append(line);
            }
        }
        add(entries, date, note);
        return new ChangeHistory(entries, asOf, source);
    }

    private static void add(List<Entry> entries, StatedDate date, StringBuilder note) {
        String text = BREAK.matcher(note).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (date != null && date.known() && !text.isEmpty()) {
            entries.add(new Entry(date, text));
        }
    }

    /**
     * The entry the advice page showed on {@code day} (ISO): the newest dated on or before it; none for a day after
     * this page was captured, of which it cannot know.
     */
    public Optional<Entry> shownOn(String day) {
        if (day == null || asOf == null || day.compareTo(asOf.substring(0, 10)) > 0) {
            return Optional.empty();
        }
        Entry shown = null;
        for (Entry e : entries) {
            if (e.date().day().compareTo(day) <= 0 && (shown == null || e.date().day().compareTo(shown.date().day()) > 0)) {
                shown = e;
            }
        }
        return Optional.ofNullable(shown);
    }
}
