package org.advisorycompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
    private final Countries countries = Countries.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mali|ML", "Burma|MM", "Myanmar|MM", "Ivory Coast|CI", "Côte d’Ivoire|CI", "Cote d'Ivoire|CI",
        "Türkiye|TR", "Turkey|TR", "Czech Republic|CZ", "Swaziland|SZ", "North Macedonia|MK",
        "The Occupied Palestinian Territories|PS", "Israel|IL", "Congo|CG", "Democratic Republic of the Congo|CD",
        "Korea, North|KP", "South Korea|KR", "St Kitts and Nevis|KN", "Saint Kitts and Nevis|KN",
        "St. Kitts and Nevis|KN", "São Tomé and Príncipe|ST", "Timor-Leste|TL", "Cape Verde|CV", "Vatican|VA",
        "Macau|MO", "Hong Kong|HK", "Taiwan|TW", "Kosovo|XK", "the Gambia|GM", "Bahamas|BS", "cote-d-ivoire|CI"})
    void awkwardNamesMeetTheirIsoCode(String name, String iso2) {
        assertThat(countries.byName(name)).map(Country::iso2).contains(iso2);
    }

    @Test
    void unknownNamesAreAbsentNotGuessed() {
        assertThat(countries.byName("Atlantis")).isEmpty();
        assertThat(countries.byName("Korea")).isEmpty();
        assertThat(countries.byName("")).isEmpty();
    }

    @Test
    void slugIsTheLowerCaseHyphenatedNameWithAccentsFolded() {
        assertThat(countries.byIso("CI")).map(Country::slug).contains("cote-d-ivoire");
        assertThat(countries.byIso("ML")).map(Country::slug).contains("mali");
        assertThat(Countries.slugOf("São Tomé and Príncipe")).isEqualTo("sao-tome-and-principe");
    }

    @Test
    void everySlugIsUniqueSoEveryCountryHasItsOwnPage() {
        assertThat(countries.all().stream().map(Country::slug).distinct().count()).isEqualTo(countries.all().size());
    }
}
