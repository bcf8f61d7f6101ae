package org.advisorycompare.read.uk;

import org.advisorycompare.read.Captures;

import org.advisorycompare.read.Placing;

import org.advisorycompare.read.RegionReader;

import org.advisorycompare.read.LevelReader;

import org.advisorycompare.read.Instants;

import org.advisorycompare.read.DateReader;

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
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * A GOV.UK travel-advice capture: one Markdown file per page part ("Warnings and insurance.md"...) and
 * the scraper's {@code info.json} (country name, {@code update_reason} = "Latest update",
 * {@code update_date} = the page's dateModified, part order). Parts are cleaned like GOV.UK page text
 * and joined in the page's order; the level is read from the text of the parts.
 */
public final class GovUkCaptureReader implements DocumentReader {
    /** The part that states advice against travel: since 2023 "Warnings and insurance", before it "Summary". */
    static final List<String> WARNINGS_PARTS = List.of("Warnings and insurance", "Summary");
    @Override
    public String name() {
        return "GOV.UK page capture (parts + info.json)";
    }

    @Override
    public boolean accepts(Source source, RawDocument document) {
        return source == Source.UK && Captures.isCapture(document, "info.json", ".md");
    }

    @Override
    public Extraction read(RawDocument document) {
        JsonNode info = Captures.json(document, "info.json");
        String name = info.path("name").asText(null);
        List<String> parts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        StatedDate updated = StatedDate.UNKNOWN;
        StatedDate reviewed = StatedDate.UNKNOWN;
        String note = null;
        for (String file : partOrder(document, info)) {
            GovUkTextReader.Part part = GovUkTextReader.part(document.text(file));
            parts.add(part.markdown());
            if (WARNINGS_PARTS.contains(file.replaceFirst("\\.md$", "")) || !hasWarningsPart(document)) {
                texts.addAll(GovUkTextReader.blockTexts(part.document()));
            }
            updated = updated.or(DateReader.read(part.metadata().get("Updated")));
            reviewed = reviewed.or(DateReader.read(part.metadata().get("Still current at")));
            note = note != null ? note : part.metadata().get("Latest update");
        }
        String markdown = String.join("\n", parts); // canonical parts joined by a blank line are canonical
        org.advisorycompare.model.Destination destination = Placing.of(Source.UK, name,
                GovUkTextReader.slug(markdown).orElse(null), null);
        Country country = destination == null ? null : destination.home();
        Level level = country == null ? Level.UNKNOWN : LevelReader.uk(texts, country);
        Optional<String> warnings = WARNINGS_PARTS.stream().filter(p -> document.file(p + ".md").isPresent()).findFirst();
        if (country != null && warnings.isPresent()) {
            level = LevelReader.ukCompletePage(level, warnings.get(), document.text(warnings.get() + ".md"));
        }
        StatedDate modified = Captures.text(info, "update_date").map(Instants::read).orElse(StatedDate.UNKNOWN);
        return new Extraction(country, (country == null ? name : country.name()) + " travel advice", level, StatedDate.UNKNOWN,
                modified.or(updated), reviewed, Captures.text(info, "update_reason").orElse(note),
                new Details(GovUkTextReader.slug(markdown).orElse(null), RegionReader.read(markdown).areas(), List.of(),
                        GovUkTextReader.GOV_UK + "/foreign-travel-advice/" + GovUkTextReader.slug(markdown).orElse(""),
                        null, Captures.captured(document)),
                markdown).placed(destination)
                .readFrom(warnings.map(w -> "the '" + w + "' part").orElse("the page's parts"),
                        modified.known() ? "info.json update_date" : "the page's 'Updated' line",
                        Captures.text(info, "update_reason").isPresent() ? "info.json update_reason" : "the page's 'Latest update' line");
    }

    /**
     * The level is read from the part where FCDO states its advice (as GOV.UK's alert_status mirrors
     * it); other parts can mention advice in passing, loosely worded. Without that part, all parts.
     */
    private static boolean hasWarningsPart(RawDocument document) {
        return WARNINGS_PARTS.stream().anyMatch(p -> document.file(p + ".md").isPresent());
    }

    /** The parts in the order info.json lists them, then any other Markdown file by name. */
    private static List<String> partOrder(RawDocument document, JsonNode info) {
        Set<String> order = new LinkedHashSet<>();
        for (JsonNode page : info.path("pages")) {
            String title = page.path("title").asText("");
            if (document.file(title + ".md").isPresent()) {
                order.add(title + ".md");
            }
        }
        document.files().keySet().stream().filter(n -> n.endsWith(".md")).forEach(order::add);
        return new ArrayList<>(order);
    }
}
