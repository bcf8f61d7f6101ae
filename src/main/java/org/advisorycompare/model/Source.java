package org.advisorycompare.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A government that publishes travel advice, as data: its names, the licence of its text and the
 * attribution the site carries, its level scale in its own words, and whether it is one of the pair
 * the site compares (the US and the UK) or shown beside them where its advice was collected. Adding a
 * government is a constant here, its adapter and its readers: the model, site, pages and feeds take it from this.
 */
public enum Source {
    US("us", "U.S. Department of State", "United States", "US",
            "Public domain (work of the U.S. Government, 17 U.S.C. § 105)", true,
            new Attribution("the U.S. Department of State", "travel.state.gov", "https://travel.state.gov/", "a public-domain work of the U.S. Government", null, null),
            List.of("Level 1: Exercise Normal Precautions", "Level 2: Exercise Increased Caution", "Level 3: Reconsider Travel",
                    "Level 4: Do Not Travel"),
            "the State Department's \"Level N\" title, and its \"<Area> – Level\" lines for parts of a country",
            List.of("state.gov")),
    UK("uk", "Foreign, Commonwealth & Development Office", "United Kingdom", "UK",
            "Open Government Licence v3.0", true,
            new Attribution("the Foreign, Commonwealth & Development Office", "GOV.UK", "https://www.gov.uk/foreign-travel-advice", "contains public sector information licensed under the",
                    "Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
            List.of("No advice against travel", "No equivalent", "Against all but essential travel to the whole country",
                    "Against all travel to the whole country"),
            "the FCDO's \"FCDO advises against all travel to …\" statements, or GOV.UK's structured alert status",
            List.of("gov.uk")),
    /** Canada: shown beside the US and the UK only for the countries where its advice was collected. */
    CA("ca", "Global Affairs Canada", "Canada", "Canada", "Open Government Licence – Canada", false,
            new Attribution("Global Affairs Canada", "travel.gc.ca", "https://travel.gc.ca/travelling/advisories", "contains information licensed under the",
                    "Open Government Licence – Canada", "https://open.canada.ca/en/open-government-licence-canada"),
            List.of("0: Take normal security precautions", "1: Exercise a high degree of caution", "2: Avoid non-essential travel",
                    "3: Avoid all travel"),
            "the number its open data states (advisory-state 0–3) beside its own words; its regional levels are its "
                    + "\"Regional advisory\" headings",
            List.of("gc.ca", "canada.ca"));

    /**
     * How the site credits a government's text: who it is from ("the U.S. Department of State"), its website, and the licence sentence ({@code licenceLead},
     * then the licence's name linked to {@code licenceUrl} where it has one).
     */
    public record Attribution(String from, String siteName, String siteUrl, String licenceLead, String licenceName, String licenceUrl) {
    }

    private final String key;
    private final String organisation;
    private final String government;
    private final String shortLabel;
    private final String defaultLicence;
    private final boolean compared;
    private final Attribution attribution;
    private final List<String> scale;
    private final String levelMethod;
    private final List<String> officialHosts;

    Source(String key, String organisation, String government, String shortLabel, String defaultLicence, boolean compared,
            Attribution attribution, List<String> scale, String levelMethod, List<String> officialHosts) {
        this.key = key;
        this.organisation = organisation;
        this.government = government;
        this.shortLabel = shortLabel;
        this.defaultLicence = defaultLicence;
        this.compared = compared;
        this.attribution = attribution;
        this.scale = List.copyOf(scale);
        this.levelMethod = levelMethod;
        this.officialHosts = List.copyOf(officialHosts);
    }

    /** The lower-case key used in paths, front matter and open data ({@code us}, {@code uk}, {@code ca}). */
    public String key() {
        return key;
    }

    public String organisation() {
        return organisation;
    }

    public String government() {
        return government;
    }

    public String shortLabel() {
        return shortLabel;
    }

    /** The licence of this government's own text; a third-party document records its own. */
    public String defaultLicence() {
        return defaultLicence;
    }

    /** Whether it is one of the two governments the site compares (and shows on every page even when missing). */
    public boolean compared() {
        return compared;
    }

    public Attribution attribution() {
        return attribution;
    }

    /** Its own words for the normalised levels N1 to N4 (index 0 is N1). */
    public List<String> scale() {
        return scale;
    }

    /** Where the site reads its level from, in a phrase ("the State Department's \"Level N\" title"). */
    public String levelMethod() {
        return levelMethod;
    }

    /** The hosts of this government's own publications (their subdomains too): a link elsewhere is not "official". */
    public List<String> officialHosts() {
        return officialHosts;
    }

    /** The pair the site compares, in order: the US and the UK. */
    public static List<Source> comparedPair() {
        return Arrays.stream(values()).filter(Source::compared).toList();
    }

    /** Parses a key such as {@code us} or {@code UK}; throws with the accepted values otherwise. */
    public static Source fromKey(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Source source : values()) {
            if (source.key.equals(wanted)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source '" + text + "': expected "
                + String.join(", ", Arrays.stream(values()).map(Source::key).toList()));
    }
}
