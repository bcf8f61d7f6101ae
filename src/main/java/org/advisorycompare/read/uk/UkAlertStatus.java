package org.advisorycompare.read.uk;

import org.advisorycompare.read.UnreadableDocumentException;

import java.util.List;
import java.util.Map;
import org.advisorycompare.model.Level;

/**
 * GOV.UK's structured {@code alert_status} codes as levels, with the labels GOV.UK's publisher uses
 * (travel-advice-publisher's alert_status locale): whole-country codes give the national level, parts
 * codes the regional one. An empty list is GOV.UK's own statement that FCDO advises against no travel:
 * N1. A missing field states nothing: unknown.
 */
final class UkAlertStatus {
    private static final Map<String, Integer> LEVELS = Map.of(
            "avoid_all_travel_to_whole_country", 4,
            "avoid_all_but_essential_travel_to_whole_country", 3,
            "avoid_all_travel_to_parts", 4,
            "avoid_all_but_essential_travel_to_parts", 3);
    private static final Map<String, String> LABELS = Map.of(
            "avoid_all_travel_to_whole_country", "FCDO advises against all travel to the whole country",
            "avoid_all_but_essential_travel_to_whole_country", "FCDO advises against all but essential travel to the whole country",
            "avoid_all_travel_to_parts", "FCDO advises against all travel to parts of the country",
            "avoid_all_but_essential_travel_to_parts", "FCDO advises against all but essential travel to parts of the country");

    private UkAlertStatus() {
    }

    /** The level the codes state; null codes (field absent) state nothing. */
    static Level level(List<String> codes, String documentName) {
        if (codes == null) {
            return Level.UNKNOWN;
        }
        if (codes.isEmpty()) {
            return new Level(1, "No FCDO advice against travel (alert_status: none)", null, null);
        }
        String national = strictest(codes, "_whole_country", documentName);
        String regional = strictest(codes, "_parts", documentName);
        return new Level(national == null ? 1 : LEVELS.get(national),
                national == null ? "No FCDO advice against travel to the whole country (alert_status: "
                        + String.join(", ", codes) + ")" : label(national),
                regional == null ? null : LEVELS.get(regional), regional == null ? null : label(regional));
    }

    private static String strictest(List<String> codes, String suffix, String documentName) {
        String best = null;
        for (String code : codes) {
            if (!LEVELS.containsKey(code)) {
                throw new UnreadableDocumentException(documentName, "unknown alert_status code '" + code + "'");
            }
            if (code.endsWith(suffix) && (best == null || LEVELS.get(code) > LEVELS.get(best))) {
                best = code;
            }
        }
        return best;
    }

    private static String label(String code) {
        return LABELS.get(code) + " (alert_status: " + code + ")";
    }
}
