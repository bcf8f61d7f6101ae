package org.advisorycompare.read;

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
    /**
     * A UK statement: "FCDO [now|also|currently|still|continues to] advise(s) against (all but essential|all) travel
     * to <target>", its elided second clause "... and [now] against all travel to <target>", and the old
     * "The Foreign and Commonwealth Office (FCO)advise against" without a space. A target is cut at the end
     * of its sentence or line, or where the next clause starts; an empty target ("travel to:") opens a list.
     */
    private static final Pattern UK_ADVICE = Pattern.compile(
            "(?:(?:the )?(?:FCDO|FCO|Foreign,? Commonwealth (?:&|and) Development Office|Foreign (?:&|and) Commonwealth Office)"
                    + "(?:\\s*\\((?:FCDO|FCO)\\))?\\s*(?:(?:now|also|currently|still|continues to|continue to)\\s+)*"
                    + "|\\band (?:now |also )?(?=advises? |against ))(?:advises?\\s+)?against\\s+(all\\s+but\\s+essential|all)\\s+travel\\s+to"
                    + "([^.\\n]*?)(?=,? and (?:now |also )?(?:advises? )?against|[.\\n]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET_END = Pattern.compile(
            "\\s+(?:due to|because|as a result|following|owing to|based on|in light of)\\b.*$|[,;:(].*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_OF = Pattern.compile("^(?:the whole of |all of |the entire )?(?:the )?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REST_OF = Pattern.compile("^(?:the )?rest of (?:the )?(.+)$", Pattern.CASE_INSENSITIVE);
    /** "all other regions of Ukraine", "all other areas of the country": the rest of it, as FCDO also words it. */
    private static final Pattern ALL_OTHER = Pattern.compile("^all other (?:regions|areas|parts|provinces|oblasts|states|districts) of (?:the )?(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** What ends the place before an exception: "(with the", "with the", a comma. */
    private static final Pattern BEFORE_EXCEPTION = Pattern.compile("[\\s,(]*(?:with the)?[\\s,(]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF = Pattern.compile(
            "^(?:the )?(?:parts?|areas?|certain areas|some areas|regions?|provinces?|within|the area|the border|the north|the south|"
                    + "the east|the west)\\b", Pattern.CASE_INSENSITIVE);
    /** The least a real warnings part holds (its insurance and support paragraphs alone are longer). */
    private static final int MIN_WARNINGS_PART = 400;
    /** A list item after "travel to:" (an area, not a sentence): short, and not itself a statement or a heading of another. */
    private static final int MAX_LIST_ITEM = 300;

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
     * The UK levels stated in these lines (headings, sentences and list items, in document order) for this
     * country. Advice against travel to the whole country (the country itself, "the whole of" it, or a list
     * of places that includes it: "Israel and the Occupied Palestinian Territories") is national. Where
     * the country is covered everywhere by advice about its parts ("all travel to A and B; all but
     * essential travel to the rest of the country", or "all travel to the country except A; all but
     * essential travel to A"), the national level is the least strict level that applies everywhere, in
     * the words of the statement that states it. Advice about parts is regional; the first statement of
     * the strictest level gives each one's wording.
     */
    public static Level uk(List<String> lines, Country country) {
        List<Statement> statements = statements(lines, country);
        Statement whole = strictest(statements, Scope.WHOLE);
        Statement regional = statements.stream().filter(s -> s.scope() != Scope.WHOLE).reduce(null, LevelReader::stricter);
        boolean covered = statements.stream().anyMatch(s -> s.scope() == Scope.REST)
                && statements.stream().anyMatch(s -> s.scope() == Scope.PART);
        Integer regionalLevel = regional == null ? null : regional.level();
        // every statement of the strictest regional level, in document order ("... to Crimea; ... to Donetsk oblast"):
        // the first alone hid the other areas
        String regionalWords = regional == null ? null : String.join("; ", statements.stream()
                .filter(s -> s.scope() != Scope.WHOLE && s.level() == regional.level()).map(Statement::words).distinct().toList());
        if (whole == null && covered) { // the parts and the rest cover the whole country: the site's reading, not a quote
            Statement laxest = statements.stream().filter(s -> s.scope() != Scope.WHOLE).reduce(null, LevelReader::laxer);
            return new Level(laxest.level(), coveredWording(laxest.level()), regionalLevel, regionalWords, true,
                    laxest.words(), regionalWords);
        }
        return new Level(whole == null ? null : whole.level(), whole == null ? null : whole.words(), regionalLevel,
                regionalWords);
    }

    /** The site's own words for a national level read from advice for parts that cover the whole country. */
    static String coveredWording(int level) {
        return "Every part of the country is under advice against " + (level == 4 ? "all travel" : "all but essential travel")
                + " (the least strict advice stated for any part)";
    }

    /**
     * The country UK statements are about as a whole ("FCDO advises against all travel to Burkina Faso"), when they
     * name exactly one; a text naming several (a table of every country's status) names none.
     */
    public static java.util.Optional<Country> ukStatedCountry(List<String> lines) {
        java.util.Set<Country> named = new java.util.LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = UK_ADVICE.matcher(line.replace('\u00a0', ' '));
            while (m.find()) {
                String place = WHOLE_OF.matcher(TARGET_END.matcher(m.group(2).strip()).replaceFirst("").trim()).replaceFirst("").trim();
                Countries.standard().byName(place).ifPresent(named::add);
            }
        }
        return named.size() == 1 ? java.util.Optional.of(named.iterator().next()) : java.util.Optional.empty();
    }

    /** Every statement, with the items of a list it opens ("travel to:" followed by the areas, one a line). */
    private static List<Statement> statements(List<String> original, Country country) {
        // no-break and narrow spaces as spaces ("FCDO currently\u00a0advises"), runs of spaces as one
        List<String> lines = original.stream().map(l -> l.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" {2,}", " "))
                .toList();
        List<Statement> statements = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains("dvise") && !line.contains("gainst")) {
                continue;
            }
            Matcher m = UK_ADVICE.matcher(line);
            while (m.find()) {
                int level = m.group(1).equalsIgnoreCase("all") ? 4 : 3; // "all but essential" in any spacing is 3
                String target = m.group(2).strip();
                if (target.isEmpty() || target.equals(":")) { // "travel to:" opens a list of places, each its own statement
                    for (int j = i + 1; j < lines.size() && isListItem(lines.get(j)); j++) {
                        statements.add(new Statement(level, line.strip().replaceAll(":$", "") + ": " + lines.get(j).strip(),
                                scope(lines.get(j), country)));
                    }
                } else {
                    // "... in the following regions:" keeps its words without the colon: the items after it are not told
                    // apart from the paragraphs that follow, so they are not read as places
                    statements.add(new Statement(level, sentence(line, m).replaceAll(":$", ""), scope(target, country)));
                }
            }
        }
        return statements;
    }

    private static boolean isListItem(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.length() <= MAX_LIST_ITEM && !UK_ADVICE.matcher(text).find()
                && !text.matches("(?is).*\\b(?:advise|advises)\\b.*") && !text.endsWith(":");
    }

    private static Statement strictest(List<Statement> statements, Scope scope) {
        return statements.stream().filter(s -> s.scope() == scope).reduce(null, LevelReader::stricter);
    }

    /**
     * The level of a complete GOV.UK page capture: the page's warnings part always states any advice
     * against travel to the whole country, so a capture that includes that part and states none is the
     * page saying there is no such advice: national N1 (as GOV.UK's alert_status says with no
     * whole-country code). The wording says so and is not presented as a quotation.
     */
    public static Level ukCompletePage(Level read, String warningsPart, String warningsText) {
        if (read.national() != null || warningsText.strip().length() < MIN_WARNINGS_PART) {
            return read; // a part that short is not the page's warnings (a "Stay at home" banner in its place, March 2020)
        }
        return new Level(1, "No advice against travel to the whole country on the '" + warningsPart + "' page",
                read.regional(), read.regionalNative(), true, null, read.regionalSource());
    }

    /** The source's words: the statement itself, or the whole sentence when it is one clause of several. */
    private static String sentence(String line, Matcher m) {
        boolean secondClause = m.group(0).regionMatches(true, 0, "and ", 0, 4);
        if (!secondClause && !line.substring(m.end()).matches("(?s),? and (?:now |also )?(?:advises? )?against.*")) {
            return m.group(0).trim();
        }
        int start = Math.max(line.lastIndexOf(". ", m.start()) + 1, 0);
        int end = line.indexOf('.', m.end());
        return line.substring(start, end < 0 ? line.length() : end).trim();
    }

    private static Statement stricter(Statement current, Statement candidate) {
        return current == null || candidate.level() > current.level() ? candidate : current;
    }

    private static Statement laxer(Statement current, Statement candidate) {
        return current == null || candidate.level() < current.level() ? candidate : current;
    }

    /** What a target covers: the whole country, the rest of it (or all of it but an area), or a part. */
    private static Scope scope(String target, Country country) {
        String text = target.strip();
        if (text.toLowerCase(Locale.ROOT).contains("except")) { // "Mali except ...", "all other regions of Ukraine (with the exception of ..."
            String before = BEFORE_EXCEPTION.matcher(text.substring(0, text.toLowerCase(Locale.ROOT).indexOf("except"))).replaceFirst("");
            return names(before, country) || rest(before, country) ? Scope.REST : Scope.PART;
        }
        String place = TARGET_END.matcher(text).replaceFirst("").trim();
        if (REST_OF.matcher(place).matches() || ALL_OTHER.matcher(place).matches()) {
            return rest(place, country) ? Scope.REST : Scope.PART;
        }
        if (PART_OF.matcher(place).find()) {
            return Scope.PART;
        }
        return includes(place, country) ? Scope.WHOLE : Scope.PART;
    }

    /** Whether a place is the rest of this country ("the rest of Mali", "all other regions of Ukraine"), not of one of its regions. */
    private static boolean rest(String place, Country country) {
        Matcher rest = REST_OF.matcher(place.trim());
        Matcher other = ALL_OTHER.matcher(place.trim());
        String of = rest.matches() ? rest.group(1) : other.matches() ? other.group(1) : null;
        return of != null && (of.equalsIgnoreCase("country") || includes(of, country) || rest.matches() && cutShort(of, country));
    }

    /**
     * Whether "the rest of" names the country cut short, as published ("the rest of Mal", FCO, June 2018): at
     * least three letters that begin its name and nothing else. Only after "the rest of", which in a country's
     * own advice cannot be the rest of another country.
     */
    private static boolean cutShort(String place, Country country) {
        String name = place.trim();
        return name.length() >= 3 && name.matches("\\p{L}+") && country.name().length() > name.length()
                && country.name().regionMatches(true, 0, name, 0, name.length());
    }

    /** Whether a place, or one of the places it lists ("Israel and the Occupied Palestinian Territories", "A/B"), is the country. */
    private static boolean includes(String places, Country country) {
        for (String part : places.split("\\s*/\\s*|\\s+and\\s+|\\s*,\\s*")) {
            if (names(part, country)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place is the country itself ("Mali", "the whole of the Mali", "Côte d’Ivoire"). */
    private static boolean names(String place, Country country) {
        String name = WHOLE_OF.matcher(place.trim()).replaceFirst("").trim();
        return Countries.slugOf(name).equals(country.slug())
                || Countries.standard().byName(name).map(country::equals).orElse(false);
    }

    private enum Scope { WHOLE, REST, PART }

    private record Statement(int level, String words, Scope scope) {
    }
}
