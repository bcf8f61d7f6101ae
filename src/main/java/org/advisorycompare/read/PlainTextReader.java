package org.advisorycompare.read;

import org.advisorycompare.text.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * Plain text as scraped from a news site or an alert page: one paragraph per line. Drops scraper
 * debris (stray image-URL fragments such as {@code .jpg&w=3840&q=75)}) and headline lines (short
 * title-case lines with no sentence punctuation); the first headline becomes the title. A dateline
 * ("Mali, 29 October 2025 - ...") gives the country and the published date; a first line that is only
 * a date (an embassy alert's "December 21, 2018") gives the published date. A level is read only
 * where the text states one ("Level 4: Do Not Travel"; for the UK, "FCDO advises against ...").
 */
public final class PlainTextReader implements DocumentReader {
    private static final Pattern IMAGE_DEBRIS = Pattern.compile(
            "^\\S*\\.(?:jpe?g|png|gif|webp|svg)(?:[?&]\\S*)?\\)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][^,\\n]{1,60}), (" + DateReader.DATE_IN_TEXT + ") ?[-–—] ");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)\\]]$");
    private static final Pattern MARKDOWN_START = Pattern.compile("^(?=[#>*+\\-=|`]|\\d+[.)]\\s)");

    private final Countries countries;

    public PlainTextReader(Countries countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "plain text";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        String head = document.head();
        return !document.isFolder() && !head.startsWith("{") && !head.startsWith("[") && !head.startsWith("<");
    }

    @Override
    public Extraction read(RawDocument document) {
        return read(document.text());
    }

    Extraction read(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || IMAGE_DEBRIS.matcher(line).matches()) {
                continue;
            }
            (isHeadline(line) ? headlines : paragraphs).add(line);
        }
        Matcher dateline = paragraphs.isEmpty() ? null : DATELINE.matcher(paragraphs.get(0));
        boolean hasDateline = dateline != null && dateline.find();
        // a dateline names the country; else a UK statement about a whole country ("! Warning FCDO advises against all
        // travel to Burkina Faso.", a page saved as plain text) does
        Country country = hasDateline ? countries.byName(dateline.group(1)).orElse(null)
                : LevelReader.ukStatedCountry(paragraphs).orElse(null);
        StatedDate published = hasDateline ? DateReader.read(dateline.group(2))
                : paragraphs.isEmpty() ? StatedDate.UNKNOWN : DateReader.read(paragraphs.get(0));
        return new Extraction(country, headlines.isEmpty() ? null : headlines.get(0), level(text, paragraphs, country),
                published, StatedDate.UNKNOWN, StatedDate.UNKNOWN, null, Details.NONE, body(paragraphs))
                .readFrom("the text's own statement of it", hasDateline ? "its dateline" : "its first line", null);
    }

    private static Level level(String text, List<String> paragraphs, Country country) {
        Level us = LevelReader.us(text);
        if (us.nationalKnown() || country == null) {
            return us;
        }
        return LevelReader.uk(paragraphs, country);
    }

    /** A headline: no sentence punctuation at its end, at least three words, most of them capitalised. */
    static boolean isHeadline(String line) {
        if (SENTENCE_END.matcher(line).find() || line.length() > 160) {
            return false;
        }
        String[] words = line.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return words.length >= 3 && capitalised * 10 >= words.length * 6L;
    }

    private static String body(List<String> paragraphs) {
        StringBuilder markdown = new StringBuilder();
        for (String paragraph : paragraphs) {
            markdown.append(escape(paragraph)).append("\n\n");
        }
        return Markdown.canonical(markdown.toString());
    }

    /** A line of plain text as a Markdown paragraph: a start that Markdown would read as structure is escaped. */
    public static String escape(String line) {
        return MARKDOWN_START.matcher(line.replace("\\", "\\\\")).replaceFirst("\\\\");
    }
}
