package org.advisorycompare.read.us;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.DateReader;

import org.advisorycompare.text.Markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Level;

/**
 * What every State Department advisory shape shares: the title "{@code <Name> - Level N: <Label>}",
 * the lead change note (an all-emphasis first paragraph such as "Reissued after periodic review with
 * minor edits."), risk indicators named in the "due to ..." clause of the lead sentence, and regional
 * "Do not travel to:" lists.
 */
public final class UsAdvisory {
    static final Pattern TITLE = Pattern.compile(
            "^(?<name>.+?)(?: Travel Advisory)? - Level (?<level>[1-4]): (?<label>.+?)\\s*$");
    private static final Pattern EMPHASIS_ONLY = Pattern.compile(
            "^(?:\\*\\*\\*|\\*\\*_|_\\*\\*|\\*_|_\\*|\\*\\*|__)([^*]+)(?:\\*\\*\\*|_\\*\\*|\\*\\*_|_\\*|\\*_|\\*\\*|__)$", Pattern.DOTALL);
    private static final Pattern PAGE_LINE = Pattern.compile("Travel Advisory " + DateReader.DATE_IN_TEXT);
    private static final Pattern DUE_TO = Pattern.compile("(?i)\\bdue to\\b([^.]*)");
    private static final Map<Pattern, String> INDICATORS = new LinkedHashMap<>();

    static {
        INDICATORS.put(Pattern.compile("\\bcrime"), "C");
        INDICATORS.put(Pattern.compile("\\bterror"), "T");
        INDICATORS.put(Pattern.compile("\\bunrest"), "U");
        INDICATORS.put(Pattern.compile("\\bhealth"), "H");
        INDICATORS.put(Pattern.compile("\\bnatural disasters?\\b"), "N");
        INDICATORS.put(Pattern.compile("\\bevents?\\b"), "E");
        INDICATORS.put(Pattern.compile("\\b(kidnap|hostage)"), "K");
        INDICATORS.put(Pattern.compile("\\bdetentions?\\b"), "D");
    }

    private UsAdvisory() {
    }

    public record Title(String name, int level, String label) {
        String nativeLevel() {
            return "Level " + level + ": " + label;
        }
    }

    public static Optional<Title> title(String text) {
        Matcher m = text == null ? null : TITLE.matcher(text.strip());
        return m != null && m.matches()
                ? Optional.of(new Title(m.group("name").strip(), Integer.parseInt(m.group("level")), m.group("label")))
                : Optional.empty();
    }

    /** The State Department destination of a name and page; null when the crosswalk and the country table do not place it. */
    public static org.advisorycompare.model.Destination destination(String name, String url) {
        return Placing.of(org.advisorycompare.model.Source.US, name, null, url);
    }

    /** "<Area> – <Level words>" as a line or heading of its own ("Gaza – Do Not Travel", "Colima state – Do Not Travel"). */
    private static final Pattern AREA_LINE = Pattern.compile(
            "(?m)^[#*_\\s]*(?<area>[^\\n–—]{2,120}?)\\s+[–—-]\\s+(?:Level\\s+[1-4]\\s*[:–—-]\\s*)?(?<words>Do Not Travel"
                    + "|Reconsider Travel|Exercise Increased Caution|Exercise Normal Precautions)\\b[^\\n]*$");
    /**
     * A heading of its own that states a level for the area named on the next line ("**Level 4 - Do Not Travel<br>
     * Thailand - Cambodia Border:**"), as the State Department words the areas of a titled advisory.
     */
    private static final Pattern LEVEL_HEADING = Pattern.compile(
            "(?m)^[#*_\\s]*Level\\s+(?<level>[1-4])\\s*[:–—-]\\s*(?<words>Do Not Travel|Reconsider Travel|Exercise Increased Caution"
                    + "|Exercise Normal Precautions)[*_ \\t]*(?:\\\\)?\\n(?:[*_ \\t]*\\n)?(?<area>[^\\n]{2,120})$");
    private static final Map<String, Integer> WORDS = Map.of("do not travel", 4, "reconsider travel", 3,
            "exercise increased caution", 2, "exercise normal precautions", 1);

    /**
     * The levels of a text whose title states none ("See Individual Summaries"): its "<Area> – <Level words>"
     * lines; one whose area is the country itself ("Israel – Reconsider Travel") gives the national level, the
     * strictest of the others (and of the "Do not travel to:" lists) the regional one. Unknown where it has none.
     */
    static Level fromAreas(String markdown, Country country, RegionReader.Regions regions) {
        Integer national = null;
        String nationalWords = null;
        Integer regional = regions.level();
        String regionalWords = regions.wording();
        Matcher m = AREA_LINE.matcher(markdown.replace('\u00a0', ' '));
        while (m.find()) {
            String area = m.group("area").replaceAll("[*_]", "").strip();
            int level = WORDS.get(m.group("words").toLowerCase(Locale.ROOT));
            String line = m.group().replaceAll("[#*_]", "").strip();
            if (country != null && names(area, country)) {
                if (national == null || level > national) {
                    national = level;
                    nationalWords = line;
                }
            } else if (regional == null || level > regional) {
                regional = level;
                regionalWords = line;
            }
        }
        return new Level(national, nationalWords, regional, regionalWords);
    }

    private static boolean names(String area, Country country) {
        return org.advisorycompare.model.Countries.standard().byName(area).map(country::equals).orElse(false);
    }

    /** The national level from the title, with the regional list read from the body. */
    public static Level level(Title title, RegionReader.Regions regions) {
        Integer regional = regions.level() != null && regions.level() > title.level() ? regions.level() : null;
        return new Level(title.level(), title.nativeLevel(), regional, regional == null ? null : regions.wording());
    }

    /**
     * The national level from the title; the regional level the strictest of the "Do not travel to:" lists and the
     * body's area lines ("Yala, Pattani, and Narathiwat Provinces – Level 2: Exercise Increased Caution", "Level 4 - Do
     * Not Travel / Thailand - Cambodia Border:") that is stricter than the title's, in that line's words.
     */
    public static Level level(Title title, RegionReader.Regions regions, String body) {
        String markdown = body.replace('\u00a0', ' '); // "Level 2:&nbsp; Exercise Increased Caution"
        Level listed = level(title, regions);
        Integer regional = listed.regional();
        String words = listed.regionalNative();
        for (Matcher m = AREA_LINE.matcher(markdown); m.find(); ) {
            int level = WORDS.get(m.group("words").toLowerCase(Locale.ROOT));
            if (level > title.level() && (regional == null || level > regional) && !isTitle(m.group())
                    && !m.group("area").replaceAll("[#*_]", "").strip().matches("Level\\s+[1-4]")) { // a level heading: below
                regional = level;
                words = asWritten(m.group());
            }
        }
        for (Matcher m = LEVEL_HEADING.matcher(markdown); m.find(); ) {
            int level = Integer.parseInt(m.group("level"));
            if (level > title.level() && (regional == null || level > regional)) {
                regional = level;
                words = asWritten(m.group()); // the heading and its area
            }
        }
        return new Level(title.level(), title.nativeLevel(), regional, words);
    }

    /** A matched line's words as written: Markdown's emphasis marks and line breaks taken out. */
    private static String asWritten(String matched) {
        return matched.replaceAll("[#*_\\\\]", "").replaceAll("\\s+", " ").strip();
    }

    /** Whether an area line is the advisory's own title ("Thailand - Level 2: Exercise Increased Caution"). */
    private static boolean isTitle(String line) {
        return title(line.replaceAll("[#*_]", "").strip()).isPresent();
    }

    /**
     * The State Department's own change note: the first paragraph of the advisory when it is wholly
     * emphasised ("***Reissued with obsolete COVID-19 page links removed.***", "**Reissued after periodic
     * review ...**"). Headings and the page's date and level lines before it are passed over.
     */
    public static String changeNote(String markdown) {
        return changeNote(Markdown.parse(markdown));
    }

    /** {@link #changeNote(String)} of a parsed text (parsed once for the facts read from it). */
    public static String changeNote(Document parsed) {
        for (Node node : parsed.getChildren()) {
            if (node instanceof Paragraph p) {
                String text = Markdown.text(p);
                if (PAGE_LINE.matcher(text).matches() || title(text).isPresent()) {
                    continue;
                }
                Matcher m = EMPHASIS_ONLY.matcher(p.getChars().toString().strip());
                return m.matches() && !text.endsWith(":") ? text : null;
            }
        }
        return null;
    }

    /** Risk indicator letters named in the "due to" clause of the first sentence that has one. */
    public static List<String> indicators(String markdown) {
        return indicators(Markdown.parse(markdown));
    }

    /** {@link #indicators(String)} of a parsed text. */
    public static List<String> indicators(Document parsed) {
        String lead = Markdown.text(parsed);
        Matcher m = DUE_TO.matcher(lead.substring(0, Math.min(lead.length(), 1200)));
        List<String> letters = new ArrayList<>();
        if (m.find()) {
            String clause = m.group(1).toLowerCase(Locale.ROOT);
            INDICATORS.forEach((word, letter) -> {
                if (word.matcher(clause).find() && !letters.contains(letter)) {
                    letters.add(letter);
                }
            });
        }
        return letters;
    }
}
