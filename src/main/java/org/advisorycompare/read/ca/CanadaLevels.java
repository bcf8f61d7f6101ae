package org.advisorycompare.read.ca;

import org.advisorycompare.read.DateReader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.StatedDate;

/**
 * Canada's four risk levels: {@code advisory-state} 0 "Take normal security precautions", 1 "Exercise a
 * high degree of caution", 2 "Avoid non-essential travel", 3 "Avoid all travel", read as N1-N4. Regional
 * levels are the headings "Regional advisory - &lt;level&gt;" of the risk text.
 */
final class CanadaLevels {
    private static final Pattern REGIONAL = Pattern.compile("(?im)^#{1,6} +(regional advisory\\s*[-–—:]\\s*(.+?))\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) +[-–—] +(.+?)\\s*$");
    private static final DateTimeFormatter FRIENDLY = DateTimeFormatter.ofPattern("MMMM d, uuuu HH:mm zzz", Locale.ENGLISH);

    private CanadaLevels() {
    }

    /** The national level from the number (the wording beside it), the highest regional from the headings. */
    static Level read(JsonNode state, String wording, String markdown) {
        Integer national = state.isInt() && state.asInt() >= 0 && state.asInt() <= 3 ? state.asInt() + 1 : null;
        String nationalWords = national == null ? null : wording != null ? wording : "advisory-state " + state.asInt();
        return withRegional(national, nationalWords, markdown);
    }

    /**
     * Levels from a page's headings alone: the first "&lt;DESTINATION&gt; - &lt;level&gt;" heading is the
     * national level in its own words, the "Regional advisory - ..." headings the regional ones.
     */
    static Level fromText(String markdown) {
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            Integer national = m.group(1).toLowerCase(Locale.ROOT).startsWith("regional advisory") ? null : fromWords(m.group(2));
            if (national != null) {
                return withRegional(national, m.group(2), markdown);
            }
        }
        return withRegional(null, null, markdown);
    }

    /** The national level given, and the highest level any "Regional advisory - ..." heading names. */
    private static Level withRegional(Integer national, String nationalWords, String markdown) {
        Integer regional = null;
        String regionalWords = null;
        Matcher m = REGIONAL.matcher(markdown);
        while (m.find()) {
            Integer level = fromWords(m.group(2));
            if (level != null && (regional == null || level > regional)) {
                regional = level;
                regionalWords = m.group(1);
            }
        }
        return new Level(national, nationalWords, regional, regionalWords);
    }

    /** The level these words name, or null when they name none of the four. */
    static Integer fromWords(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("avoid all travel")) {
            return 4;
        }
        if (w.contains("avoid non-essential travel")) {
            return 3;
        }
        if (w.contains("high degree of caution")) {
            return 2;
        }
        return w.contains("normal security precautions") ? 1 : null;
    }

    /** "September 24, 2026 08:53 EDT" as a UTC instant, keeping the words; the day alone where the time is unreadable. */
    static StatedDate date(String friendly) {
        if (friendly == null) {
            return StatedDate.UNKNOWN;
        }
        String stated = friendly.strip().replaceAll("\\s+", " ");
        try {
            return new StatedDate(ZonedDateTime.parse(stated, FRIENDLY).withZoneSameInstant(ZoneOffset.UTC).toInstant().toString(),
                    stated);
        } catch (DateTimeParseException e) {
            StatedDate day = DateReader.read(stated.replaceFirst("^(\\S+ \\d{1,2}, \\d{4}).*$", "$1"));
            return day.known() ? new StatedDate(day.iso(), stated) : StatedDate.UNKNOWN;
        }
    }
}
