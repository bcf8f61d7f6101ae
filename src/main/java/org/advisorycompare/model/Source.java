package org.advisorycompare.model;

import java.util.Locale;

/** A government that publishes travel advice, with the licence of its text. */
public enum Source {
    US("us", "U.S. Department of State", "United States", "US",
            "Public domain (work of the U.S. Government, 17 U.S.C. § 105)"),
    UK("uk", "Foreign, Commonwealth & Development Office", "United Kingdom", "UK",
            "Open Government Licence v3.0"),
    /** Canada: shown beside the US and the UK only for the countries where its advice was collected. */
    CA("ca", "Global Affairs Canada", "Canada", "Canada", "Open Government Licence – Canada");

    private final String key;
    private final String organisation;
    private final String government;
    private final String shortLabel;
    private final String defaultLicence;

    Source(String key, String organisation, String government, String shortLabel, String defaultLicence) {
        this.key = key;
        this.organisation = organisation;
        this.government = government;
        this.shortLabel = shortLabel;
        this.defaultLicence = defaultLicence;
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

    /** Parses a key such as {@code us} or {@code UK}; throws with the accepted values otherwise. */
    public static Source fromKey(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Source source : values()) {
            if (source.key.equals(wanted)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source '" + text + "': expected us, uk or ca");
    }
}
