package org.advisorycompare.text;

import org.advisorycompare.convert.Converter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two captures of one publication have one publication text; a changed word makes another. */
class PublicationTextTest {
    private static final String PAGE = """
            # Warnings and insurance

            FCDO advises against all travel to Mali.

            ## Terrorism in Mali

            - Attacks could be indiscriminate.
            - Stay alert.

            # Entry requirements

            FCDO advises against all travel to Mali.

            ### Visas

            You need a visa.
            """;

    @Test
    void partOrderSpacesHeadingLevelsBulletsAndFurnitureAreNotAChange() {
        String other = """
                # Entry requirements

                FCDO advises against all travel to Mali.

                ## Visas

                You need a\u00a0visa.

                Next: Safety and security

                # Warnings and insurance

                FCDO advises against all travel to Mali.

                Download a more detailed map (PDF)

                ## Terrorism in\u00a0Mali

                * Attacks could be  indiscriminate.
                * Stay alert.

                Get travel advice updates

                Follow and contact FCDO:

                - [travel advice on X](https://x.com/fcdotravelgovuk)
                """;
        assertThat(PublicationText.of(other)).isEqualTo(PublicationText.of(PAGE));
        assertThat(Converter.versionId(other)).isEqualTo(Converter.versionId(PAGE));
    }

    /**
     * Regression (Burkina Faso, 2025: every UK publication was two versions): the text capture's banner, "FCDO advises
     * against all travel to Burkina Faso.", opens every part and is furniture; the same sentence in the warnings part's
     * own text is advice, and was dropped with the banner, so the page capture (no banner) never matched.
     */
    @Test
    void theBannerSentenceInAPartsOwnTextStaysWhileTheBannerOpeningEachPartGoes() {
        String page = """
                # Warnings and insurance

                ## Areas where FCDO advises against travel

                FCDO advises against all travel to Burkina Faso.

                # Health

                Vaccines.
                """;
        String text = """
                # Warnings and insurance

                FCDO advises against all travel to Burkina Faso.

                ## Areas where FCDO advises against travel

                FCDO advises against all travel to Burkina Faso.

                # Health

                FCDO advises against all travel to Burkina Faso.

                Vaccines.
                """;
        assertThat(PublicationText.of(text)).isEqualTo(PublicationText.of(page));
    }

    /** Regression: the map link with its size ("(PDF, 380 KB)", in the Content API's parts) was taken for advice. */
    @Test
    void theMapDownloadLinkIsFurnitureWithOrWithoutItsSize() {
        String withSize = PAGE.replace("## Terrorism in Mali", "[Download a more detailed map (PDF, 380 KB)](https://assets.example/map.pdf)"
                + "\n\n## Terrorism in Mali");
        assertThat(PublicationText.of(withSize)).isEqualTo(PublicationText.of(PAGE));
    }

    @Test
    void aChangedWordOrAChangedBannerIsAChange() {
        assertThat(PublicationText.of(PAGE.replace("Stay alert", "Stay very alert"))).isNotEqualTo(PublicationText.of(PAGE));
        assertThat(PublicationText.of(PAGE.replace("You need a visa.", "You need a visa. FCDO advises against all travel to Mali.")))
                .isNotEqualTo(PublicationText.of(PAGE));
        assertThat(PublicationText.of(PAGE.replaceFirst("all travel to Mali", "all but essential travel to Mali")))
                .as("the first part's own statement").isNotEqualTo(PublicationText.of(PAGE));
    }

    @Test
    void collapsingWhiteSpaceByHandMatchesThePatternItReplacesOnAnyText() {
        java.util.Random random = new java.util.Random(20261201);
        char[] alphabet = {' ', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u202f', '\u2007', '\u2003', '\u3000',
            '\u0085', '\u001c', 'a', 'b', '.', '\u00e9'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(PublicationText.words(t)).as("[%s]", t).isEqualTo(PublicationText.SPACE.matcher(t).replaceAll(" ").strip());
        }
    }
}
