package org.advisorycompare.read.uk;

import org.advisorycompare.read.PlainTextReader;

import org.advisorycompare.read.Captures;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.LevelReader;

import org.advisorycompare.read.UnknownCountryException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.text.Markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * A GOV.UK capture as plain text: one {@code <part-slug>.txt} per page part (the text of the page's
 * govspeak element, a line per block) and a {@code _commit.json} whose subject is the FCDO change note
 * as published in the Atom feed, prefixed with the country name. A commit saying the changes "weren't
 * announced on the atom feed" is an edit without a change note. Short lines without sentence
 * punctuation are the part's headings; the "Warning" icon lines and the sign-up and "Follow FCDO"
 * blocks are dropped.
 */
public final class GovUkTextCaptureReader implements DocumentReader {
    private static final List<String> PART_ORDER = List.of("summary", "warnings-and-insurance", "safety-and-security",
            "terrorism", "regional-risks", "local-laws-and-customs", "entry-requirements", "health",
            "natural-disasters", "money", "travel-advice-help-and-support", "getting-help");
    private static final Pattern HEADING = Pattern.compile("^[A-Z0-9‘'\"(][^.!?:;]{0,78}[^.!?:;,\\s]$");
    private static final Pattern ABBREVIATION = Pattern.compile("\\s*\\*\\[[^]]+]:.*$");
    /** The parts where FCDO states its advice: the level is read from them (see GovUkCaptureReader). */
    private static final List<String> WARNINGS = List.of("warnings-and-insurance", "summary");
    private static final String UNANNOUNCED = "weren't announced on the atom feed";
    @Override
    public String name() {
        return "GOV.UK text capture (part .txt + _commit.json)";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        return source == Source.UK && Captures.isCapture(document, "_commit.json", ".txt");
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode commit = Captures.json(document, "_commit.json");
        String subject = commit.path("commit_subject").asText("");
        String countryName = subject.contains(":") ? subject.substring(0, subject.indexOf(':')).strip() : null;
        String dirName = commit.path("source_dir").asText("").replaceFirst(".*/", "");
        org.advisorycompare.model.Destination destination = Placing.of(Source.UK, countryName, dirName.isEmpty() ? null : dirName, null);
        if (destination == null) {
            throw new UnknownCountryException(document.name() + ": _commit.json names no destination we can place ('" + dirName
                    + "'); add it to src/main/resources/destinations.tsv or an alias to countries.tsv");
        }
        Country country = destination.home();
        StringBuilder body = new StringBuilder();
        List<String> lines = new ArrayList<>();
        boolean hasWarnings = WARNINGS.stream().anyMatch(p -> document.file(p + ".txt").isPresent());
        for (String file : partOrder(document)) {
            body.append("# ").append(Captures.partTitle(file)).append("\n\n");
            boolean levelPart = !hasWarnings || WARNINGS.contains(file.replaceFirst("\\.txt$", ""));
            for (String line : partLines(document.text(file))) {
                if (levelPart) {
                    lines.add(line);
                }
                body.append(HEADING.matcher(line).matches() ? "## " + line : PlainTextReader.escape(line)).append("\n\n");
            }
        }
        String markdown = Markdown.canonical(body.toString());
        String note = subject.contains(UNANNOUNCED) || countryName == null ? null : subject.substring(subject.indexOf(':') + 1).strip();
        Level level = LevelReader.uk(lines, country);
        Optional<String> warnings = WARNINGS.stream()
                .filter(p -> document.file(p + ".txt").isPresent()).findFirst();
        if (warnings.isPresent()) {
            level = LevelReader.ukCompletePage(level, Captures.partTitle(warnings.get()), document.text(warnings.get() + ".txt"));
        }
        return new Extraction(country, country.name() + " travel advice", level,
                StatedDate.UNKNOWN, StatedDate.UNKNOWN, StatedDate.UNKNOWN, note,
                new Details(dirName.isEmpty() ? null : dirName, RegionReader.read(markdown).areas(), List.of(),
                        GovUkTextReader.GOV_UK + "/foreign-travel-advice/" + (dirName.isEmpty() ? country.slug() : dirName),
                        null, Captures.captured(document)),
                markdown).placed(destination)
                .readFrom(warnings.map(w -> "the '" + Captures.partTitle(w) + "' part").orElse("the page's parts"), null,
                        "the capture's commit subject (the FCDO's change note)");
    }

    /** The advice lines of one part: furniture and blank lines dropped, spaces tidied. */
    static List<String> partLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = ABBREVIATION.matcher(raw).replaceFirst("").strip().replaceAll("\\s{2,}", " ");
            if (line.equals("Get travel advice updates") || line.startsWith("Follow FCDO")) {
                break;
            }
            if (!line.isEmpty() && !line.equals("!") && !line.equals("Warning")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> partOrder(RawDocument document) {
        Set<String> order = new LinkedHashSet<>();
        PART_ORDER.stream().map(slug -> slug + ".txt").filter(n -> document.file(n).isPresent()).forEach(order::add);
        document.files().keySet().stream().filter(n -> n.endsWith(".txt")).forEach(order::add);
        return new ArrayList<>(order);
    }
}
