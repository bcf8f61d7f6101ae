package org.advisorycompare.compare;

import java.util.List;
import java.util.Locale;
import org.advisorycompare.model.Section;

/**
 * The topic table that aligns the two governments' sections. A section's topic is the first topic,
 * in matching order (regional risks, then the others as listed), with a keyword in its own heading; failing that, in the headings above it; text
 * before any heading is the summary; anything else is "Other". Order matters: "Terrorist kidnap" is
 * kidnapping, "Criminal kidnapping" too.
 */
public enum Topic {
    SUMMARY("Summary and latest update", "summary", "warnings and insurance", "latest update", "advisory summary",
            "country summary", "advises against all travel to", "advise against all travel to", "overview",
            "travel advisory", "level 1:", "level 2:", "level 3:", "level 4:"),
    REGIONAL_RISKS("Regional risks", "regional risks", "areas where", "areas near", "regions", "border",
            "state-specific", "state summaries", "provinces", "travel to:", "reconsider travel to", "specific areas"),
    KIDNAPPING("Kidnapping and detention", "kidnap", "hostage", "detention", "arrest"),
    TERRORISM("Terrorism", "terror"),
    CRIME("Crime", "crime", "criminal", "robbery", "fraud", "scam", "theft", "drink and food spiking"),
    POLITICAL("Political situation and civil unrest", "political", "unrest", "protest", "demonstration", "civil",
            "armed conflict", "conflict", "coup", "military", "curfew", "security situation", "elections"),
    DEPARTURE("Departure and evacuation", "departure", "evacuat", "leaving", "leave ", "government support",
            "embassy", "government employee", "travel restrictions", "airport", "flights", "border crossings",
            "fuel shortages"),
    ENTRY("Entry requirements", "entry", "exit", "visa", "passport", "customs", "dual national"),
    HEALTH("Health", "health", "vaccin", "medical", "disease", "malaria", "covid", "medicine"),
    NATURAL_DISASTERS("Natural disasters", "natural disaster", "earthquake", "hurricane", "flood", "volcan",
            "tsunami", "weather", "wildfire", "monsoon", "cyclone", "typhoon", "storm"),
    GETTING_HELP("Getting help", "getting help", "help and support", "contact", "emergency", "consular",
            "if you need help", "insurance", "get help"),
    OTHER("Other");

    private final String label;
    private final List<String> keywords;

    Topic(String label, String... keywords) {
        this.label = label;
        this.keywords = List.of(keywords);
    }

    public String label() {
        return label;
    }

    public List<String> keywords() {
        return keywords;
    }

    /** The topic of a section: its own heading first, then the headings above it, innermost first. */
    public static Topic of(Section section) {
        if (section.heading().isEmpty() && section.parents().isEmpty()) {
            return SUMMARY;
        }
        Topic own = match(section.heading());
        for (int i = section.parents().size() - 1; own == null && i >= 0; i--) {
            own = match(section.parents().get(i));
        }
        return own == null ? OTHER : own;
    }

    /** Matching order: regional lists before the summary, so "Do Not Travel To:" is a regional row. */
    private static final List<Topic> MATCH_ORDER = List.of(REGIONAL_RISKS, SUMMARY, KIDNAPPING, TERRORISM, CRIME,
            POLITICAL, DEPARTURE, ENTRY, HEALTH, NATURAL_DISASTERS, GETTING_HELP);

    private static Topic match(String heading) {
        String text = heading.toLowerCase(Locale.ROOT) + " ";
        for (Topic topic : MATCH_ORDER) {
            for (String keyword : topic.keywords) {
                if (text.contains(keyword)) {
                    return topic;
                }
            }
        }
        return null;
    }
}
