package org.advisorycompare.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Regression ("levels that flip on capture format"): the same GOV.UK page read as Content API JSON, as page text
 * and as a plain-text save reads the same levels, the JSON's alert_status (codes for parts only) included.
 */
class OneLevelForEveryShapeTest {
    private static final String ALL_EXCEPT = "FCDO advises against all travel to Mali, except for within 15km of the Tower of "
            + "Africa located in Bamako.";
    private static final String ABE_THERE = "FCDO also advises against all but essential travel to the area within 15km of "
            + "the Tower of Africa located in Bamako.";
    private static final String FILLER = "Test fixture paragraph: your travel insurance could be invalidated if you travel "
            + "against advice from the Foreign, Commonwealth & Development Office (FCDO). ";
    private final Readers readers = Readers.standard(Countries.standard());

    private Level read(String name, String text) {
        return readers.read(Source.UK, name, text.getBytes(StandardCharsets.UTF_8)).level();
    }

    @Test
    void aPageWhoseAdviceForPartsCoversTheWholeCountryReadsAlikeInEveryShape() {
        String json = """
                {"base_path": "/foreign-travel-advice/mali", "document_type": "travel_advice", "title": "Mali travel advice",
                 "public_updated_at": "2025-09-12T13:19:00+01:00",
                 "details": {"alert_status": ["avoid_all_travel_to_parts", "avoid_all_but_essential_travel_to_parts"],
                   "country": {"name": "Mali", "slug": "mali"},
                   "parts": [{"slug": "warnings-and-insurance", "title": "Warnings and insurance",
                     "body": "<p>%s</p><p>%s</p><p>%s</p>"},
                     {"slug": "entry-requirements", "title": "Entry requirements", "body": "<p>Test fixture entry text.</p>"}]}}
                """.formatted(FILLER.repeat(4), ALL_EXCEPT, ABE_THERE);
        String pageText = "# Warnings and insurance\n\n" + FILLER.repeat(4) + "\n\n" + ALL_EXCEPT + "\n\n" + ABE_THERE + "\n\n"
                + "# Entry requirements\n\nTest fixture entry text, see [Mali](https://www.gov.uk/foreign-travel-advice/mali).\n";
        Level fromJson = read("mali.json", json);
        Level fromText = read("mali.md", pageText);
        assertThat(fromJson).extracting(Level::national, Level::nationalDerived, Level::regional).containsExactly(3, true, 4);
        assertThat(fromText).extracting(Level::national, Level::nationalDerived, Level::regional).containsExactly(3, true, 4);
        String wholeCountry = json.replace("\"avoid_all_travel_to_parts\", \"avoid_all_but_essential_travel_to_parts\"",
                "\"avoid_all_travel_to_whole_country\"");
        assertThat(read("mali.json", wholeCountry)).extracting(Level::national, Level::nationalDerived).containsExactly(4, false);
    }
}
