package org.advisorycompare.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.advisorycompare.model.StatedDate;

/** Reads dates written in English ("30 October 2025", "October 30, 2025", "2025-10-30"). */
public final class DateReader {
    /** A date as it may appear inside prose; used to find datelines. */
    public static final String DATE_IN_TEXT =
            "(?:\\d{1,2} [A-Z][a-z]+ \\d{4}|[A-Z][a-z]+ \\d{1,2}, \\d{4}|\\d{4}-\\d{2}-\\d{2})";
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DateReader() {
    }

    /** The date in these words, keeping the words; unknown when they are not a date we can read. */
    public static StatedDate read(String words) {
        if (words == null || words.isBlank()) {
            return StatedDate.UNKNOWN;
        }
        String stated = SPACES.matcher(words.trim()).replaceAll(" ");
        String day = stated.replaceFirst("^(\\w{3}, \\d{1,2} \\w{3} \\d{4}) \\d{2}:\\d{2}(:\\d{2})?.*$", "$1");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return new StatedDate(LocalDate.parse(day, format).toString(), stated);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return StatedDate.UNKNOWN;
    }
}
