package org.advisorycompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression (stored XSS): a javascript: URL from --url, a feed's link or a sidecar became a live link on pages and in feeds. */
class UrlsTest {
    @Test
    void onlyAbsoluteWebUrlsWithAHostAndNoUserInformationAreKept() {
        assertThat(Urls.safe("https://www.gov.uk/foreign-travel-advice/mali")).isEqualTo("https://www.gov.uk/foreign-travel-advice/mali");
        assertThat(Urls.safe("http://travel.state.gov/x.html")).isEqualTo("http://travel.state.gov/x.html");
        for (String hostile : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " data:text/html,<script>alert(1)</script>",
                "\" data:text/html,x", "https://www.gov.uk@evil.example/foreign-travel-advice", "//evil.example/x", "/relative",
                "https://", "https://a b.example/", "vbscript:x", "file:///etc/passwd", "https://evil.example/\"onmouseover=\"x")) {
            assertThat(Urls.safe(hostile)).as(hostile).isNull();
        }
    }

    @Test
    void theModelNeverHoldsAnUnsafeUrl() {
        assertThat(new Provenance("o", "k", "javascript:alert(1)", "r", "s", "l", "f").url()).isNull();
        assertThat(new Details(null, List.of(), List.of(), "data:text/html,x", null).url()).isNull();
    }

    @Test
    void aHostIsOfficialOnlyForItsGovernment() {
        assertThat(Urls.onHost("https://www.gov.uk/foreign-travel-advice/mali", Source.UK.officialHosts())).isTrue();
        assertThat(Urls.onHost("https://gov.uk.evil.example/", Source.UK.officialHosts())).isFalse();
        assertThat(Urls.onHost("https://travel.state.gov/x", Source.UK.officialHosts())).isFalse();
        assertThat(Urls.onHost("https://travel.state.gov/x", Source.US.officialHosts())).isTrue();
    }
}
