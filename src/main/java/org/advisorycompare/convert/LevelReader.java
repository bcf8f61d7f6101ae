package org.advisorycompare.convert;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Level;

/**
 * Reads a level from what a document says, in its own words. Nothing is inferred from tone: a
 * document without a level statement has an unknown level.
 *
 * <ul>
 *   <li>US: "Level N: Exercise Normal Precautions | Exercise Increased Caution | Reconsider Travel |
 *       Do Not Travel" gives national level N.</li>
 *   <li>UK: "FCDO advises against all travel to X" is N4 and "... all but essential travel to X" is N3;
 *       national when X is the whole country, regional when X is part of it ("parts of", an area,
 *       or the country "except" somewhere).</li>
 * </ul>
 */
public final class LevelReader {
    private static final Pattern US_LEVEL = Pattern.compile(
            "Level ([1-4]): (Exercise Normal Precautions|Exercise Increased Caution|Reconsider Travel|Do Not Travel)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UK_ADVICE = Pattern.compile(
            "(?:(?:the )?(?:FCDO|FCO|Foreign,? Commonwealth (?:&|and) Development Office|Foreign (?:&|and) Commonwealth Office)"
                    + "(?: now)?(?: also)?(?: continues to)?|\\band) advises? against (all but essential|all) travel to ([^.\\n]+?)"
                    + "(?=,? and advises? against|[.\\n]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET_END = Pattern.compile(
            "\\s+(?:due to|because|as a result|following|owing to)\\b.*$|[,;:(].*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_OF = Pattern.compile("^(?:the whole of |all of |the entire )?(?:the )?",
            Pattern.CASE_INSENSITIVE);

    private LevelReader() {
    }

    /** The US level stated anywhere in the text, or unknown. */
    public static Level us(String text) {
        Matcher m = US_LEVEL.matcher(text);
        if (!m.find()) {
            return Level.UNKNOWN;
        }
        return new Level(Integer.parseInt(m.group(1)), "Level " + m.group(1) + ": " + m.group(2), null, null);
    }

    /**
     * The UK levels stated in these lines (headings and sentences, in document order) for this country.
     * The first statement of the strictest level gives the native wording.
     */
    public static Level uk(List<String> lines, Country country) {
        Statement national = null;
        Statement regional = null;
        for (String line : lines) {
            if (!line.contains("dvise")) {
                continue;
            }
            Matcher m = UK_ADVICE.matcher(line);
            while (m.find()) {
                Statement s = new Statement(m.group(1).equalsIgnoreCase("all") ? 4 : 3, sentence(line, m),
                        isWholeCountry(m.group(2), country));
                if (s.whole()) {
                    national = stricter(national, s);
                } else {
                    regional = stricter(regional, s);
                }
            }
        }
        return new Level(national == null ? null : national.level(), national == null ? null : national.words(),
                regional == null ? null : regional.level(), regional == null ? null : regional.words());
    }

    /**
     * The level of a complete GOV.UK page capture: the page's warnings part always states any advice
     * against travel to the whole country, so a capture that includes that part and states none is the
     * page saying there is no such advice: national N1 (as GOV.UK's alert_status says with no
     * whole-country code). The wording says so and is not presented as a quotation.
     */
    public static Level ukCompletePage(Level read, String warningsPart) {
        if (read.national() != null) {
            return read;
        }
        return new Level(1, "No advice against travel to the whole country on the '" + warningsPart + "' page",
                read.regional(), read.regionalNative());
    }

    /** The source's words: the statement itself, or the whole sentence when it is one clause of several. */
    private static String sentence(String line, Matcher m) {
        if (!m.group(0).regionMatches(true, 0, "and ", 0, 4) && !line.substring(m.end()).matches("(?s),? and advises? against.*")) {
            return m.group(0).trim();
        }
        int start = Math.max(line.lastIndexOf(". ", m.start()) + 1, 0);
        int end = line.indexOf('.', m.end());
        return line.substring(start, end < 0 ? line.length() : end).trim();
    }

    private static Statement stricter(Statement current, Statement candidate) {
        return current == null || candidate.level() > current.level() ? candidate : current;
    }

    private static boolean isWholeCountry(String target, Country country) {
        if (target.toLowerCase(Locale.ROOT).contains("except")) {
            return false;
        }
        String place = TARGET_END.matcher(target.trim()).replaceFirst("");
        place = WHOLE_OF.matcher(place).replaceFirst("").trim();
        return Countries.slugOf(place).equals(country.slug())
                || Countries.standard().byName(place).map(country::equals).orElse(false);
    }

    private record Statement(int level, String words, boolean whole) {
    }
}
