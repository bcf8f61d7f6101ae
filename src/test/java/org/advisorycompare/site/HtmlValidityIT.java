package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built page is valid HTML according to the Nu HTML Checker: zero errors. */
class HtmlValidityIT {
    @TempDir
    Path dir;

    @Test
    void everyBuiltPagePassesTheNuHtmlCheckerWithoutErrors() throws Exception {
        TestSite site = new TestSite(dir).withProjectArchive()
                .with(Source.UK, null, "2025-09-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 September 2025", "30 August 2025",
                        "Test note one.", "all but essential", "version one"))
                .with(Source.UK, null, "2025-10-01T08:00:00Z", SiteBuildIT.UK_CI.formatted("1 October 2025", "30 September 2025",
                        "Test note two.", "all", "version two"))
                .with(Source.US, null, "2025-09-06T08:00:00Z",
                        "Côte d'Ivoire, September 5, 2025 - Test fixture sentence: Level 2: Exercise Increased Caution.\n")
                // Canada adds columns, a third side and a third chart line: those pages are checked too
                .with(Source.CA, null, "2025-09-02T08:00:00Z", CanadaSiteIT.canada("ML", "Mali", 2, "Avoid non-essential travel",
                        "September 1, 2025 10:00 EDT", "Test note one", "version one"))
                .with(Source.CA, null, "2025-11-02T08:00:00Z", CanadaSiteIT.canada("ML", "Mali", 3, "Avoid all travel",
                        "November 1, 2025 10:00 EDT", "Test note two", "version two"));
        site.build(SiteBuildIT.BASE);
        assertThat(site.out().resolve("countries/mali/index.html")).content().contains("side-ca");
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (String page : TestSite.snapshot(site.out()).keySet()) {
            if (page.endsWith(".html")) {
                pages++;
                errors.addAll(errors(site.out().resolve(page), page));
            }
        }
        assertThat(pages).isGreaterThan(10);
        assertThat(errors).isEmpty();
    }

    @Test
    void theCheckReportsErrorsOnAnInvalidPage() throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><html><head></head><body><p>unclosed <table><tr><td>x</table></body></html>");
        assertThat(errors(bad, "bad.html")).isNotEmpty();
    }

    private static List<String> errors(Path file, String name) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        JsonNode report = new ObjectMapper().readTree(validator.validate(file));
        for (JsonNode message : report.path("messages")) {
            if (message.path("type").asText().equals("error") || message.path("subType").asText().equals("fatal")) {
                errors.add(name + ":" + message.path("lastLine").asText() + ": " + message.path("message").asText());
            }
        }
        return errors;
    }
}
