package org.advisorycompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crosswalk: composite, partial and ambiguous destinations placed by page, key or name; the rest by the country table. */
class DestinationsTest {
    private final Destinations crosswalk = Destinations.standard();

    private List<String> covers(Source source, String name, String key, String url) {
        return crosswalk.place(source, name, key, url).orElseThrow().covers().stream().map(Country::iso2).toList();
    }

    @Test
    void aCountryIsFoundByItsOwnNameItsOtherNamesAndTheNamesOfDestinationsCoveringIt() {
        Destinations crosswalk = Destinations.standard();
        Countries countries = crosswalk.countries();
        assertThat(crosswalk.namesFor(countries.byIso("MM").orElseThrow())).startsWith("Myanmar").contains("Burma");
        assertThat(crosswalk.namesFor(countries.byIso("IL").orElseThrow())).startsWith("Israel")
                .contains("Israel, the West Bank and Gaza");
        assertThat(crosswalk.namesFor(countries.byIso("PS").orElseThrow())).contains("Israel, the West Bank and Gaza");
    }

    @Test
    void aCompositeDestinationCoversEachOfItsCountries() {
        assertThat(covers(Source.US, "Israel, the West Bank and Gaza", null, null)).containsExactly("IL", "PS");
        assertThat(covers(Source.US, "Kingdom of Denmark", null, null)).containsExactly("DK", "GL", "FO");
        assertThat(covers(Source.US, "French West Indies", null, null)).containsExactly("GP", "MQ", "BL", "MF");
        assertThat(covers(Source.UK, null, "cook-islands-tokelau-and-niue", null)).containsExactly("CK", "TK", "NU");
        assertThat(covers(Source.UK, "St Martin and St Barthélemy", null, null)).containsExactly("MF", "BL");
    }

    @Test
    void oneNameForSeveralDestinationsIsToldApartByItsPageAndNeverGuessedFromTheNameAlone() {
        String name = "Mainland China, Hong Kong & Macau - See Summaries";
        String base = "https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/";
        assertThat(covers(Source.US, name, null, base + "china-travel-advisory.html")).containsExactly("CN");
        assertThat(covers(Source.US, name, null, base + "macau-travel-advisory1.html")).containsExactly("MO");
        assertThat(covers(Source.US, name, null, base + "hong-kong-travel-advisory1.html")).containsExactly("HK");
        assertThat(crosswalk.place(Source.US, name, null, null)).isEmpty();
        assertThat(crosswalk.place(Source.US, "Hong Kong", null, base + "hong-kong-travel-advisory.html").orElseThrow().placed())
                .as("the separate Hong Kong item is plainly Hong Kong").isFalse();
    }

    @Test
    void threeDestinationsOfOneCountryKeepTheirOwnFolders() {
        assertThat(List.of("Bonaire", "Saba", "Sint Eustatius").stream()
                .map(n -> crosswalk.place(Source.US, n, null, null).orElseThrow().folder()))
                .containsExactly("bq~bonaire", "bq~saba", "bq~sint-eustatius");
    }

    @Test
    void synonymsAreTheCountryTablesAndAPlainDestinationIsItsCountry() {
        Destination kyrgyz = crosswalk.place(Source.US, "The Kyrgyz Republic", null, null).orElseThrow();
        assertThat(kyrgyz.placed()).isFalse();
        assertThat(kyrgyz.folder()).isEqualTo("kg");
        assertThat(kyrgyz.name()).isEqualTo("The Kyrgyz Republic");
        assertThat(covers(Source.UK, null, "st-maarten", null)).containsExactly("SX");
        assertThat(covers(Source.US, "Burma", null, null)).containsExactly("MM");
        assertThat(covers(Source.US, "Cote d Ivoire", null, null)).containsExactly("CI");
        assertThat(covers(Source.US, "Türkiye", null, null)).containsExactly("TR");
    }

    @Test
    void aRowIsForItsOwnGovernmentOnly() {
        assertThat(crosswalk.place(Source.UK, "Kingdom of Denmark", null, null)).isEmpty();
        assertThat(crosswalk.place(Source.US, "Republic of Nowhere", null, null)).isEmpty();
    }

    @Test
    void anArchiveFolderNamesItsDestination() {
        assertThat(crosswalk.forFolder(Source.US, "il~israel-west-bank-gaza").orElseThrow().covers())
                .extracting(Country::iso2).containsExactly("IL", "PS");
        assertThat(crosswalk.forFolder(Source.US, "ml").orElseThrow().placed()).isFalse();
        assertThat(crosswalk.forFolder(Source.US, "gl~israel-west-bank-gaza")).as("not its home country").isEmpty();
        assertThat(crosswalk.forFolder(Source.UK, "il~israel-west-bank-gaza")).as("another government's row").isEmpty();
    }
}
