package org.advisorycompare.convert;

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
final class UsAdvisory {
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

    record Title(String name, int level, String label) {
        String nativeLevel() {
            return "Level " + level + ": " + label;
        }
    }

    static Optional<Title> title(String text) {
        Matcher m = text == null ? null : TITLE.matcher(text.strip());
        return m != null && m.matches()
                ? Optional.of(new Title(m.group("name").strip(), Integer.parseInt(m.group("level")), m.group("label")))
                : Optional.empty();
    }

    /** The State Department destination of a name and page; null when the crosswalk and the country table do not place it. */
    static org.advisorycompare.model.Destination destination(String name, String url) {
        return Placing.of(org.advisorycompare.model.Source.US, name, null, url);
    }

    /** The national level from the title, with the regional list read from the body. */
    static Level level(Title title, RegionReader.Regions regions) {
        Integer regional = regions.level() != null && regions.level() > title.level() ? regions.level() : null;
        return new Level(title.level(), title.nativeLevel(), regional, regional == null ? null : regions.wording());
    }

    /**
     * The State Department's own change note: the first paragraph of the advisory when it is wholly
     * emphasised ("***Reissued with obsolete COVID-19 page links removed.***", "**Reissued after periodic
     * review ...**"). Headings and the page's date and level lines before it are passed over.
     */
    static String changeNote(String markdown) {
        return changeNote(Markdown.parse(markdown));
    }

    /** {@link #changeNote(String)} of a parsed text (parsed once for the facts read from it). */
    static String changeNote(Document parsed) {
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
    static List<String> indicators(String markdown) {
        return indicators(Markdown.parse(markdown));
    }

    /** {@link #indicators(String)} of a parsed text. */
    static List<String> indicators(Document parsed) {
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
