package org.advisorycompare.site;

import java.util.List;
import java.util.Optional;
import org.advisorycompare.compare.Comparison;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;

/**
 * Everything the site shows about one country: each source's history (oldest first; Canada's is empty
 * where none was collected), the merged timeline, and the US-UK comparison.
 */
public record CountryModel(Country country, List<Change> us, List<Change> uk, List<Change> ca, Timeline timeline,
        Comparison comparison) {
    public CountryModel {
        us = List.copyOf(us);
        uk = List.copyOf(uk);
        ca = List.copyOf(ca);
    }

    /**
     * The inputs of every page about this country, as one hash: each version in full with its label.
     * Pages that show only this country are reused while it is unchanged.
     */
    public String fingerprint() {
        StringBuilder all = new StringBuilder(country.toString());
        for (List<Change> history : List.of(us, uk, ca)) {
            for (Change change : history) {
                all.append('\n').append(change.version()).append(change.kind()).append(change.fromLevel()).append(change.toLevel());
            }
        }
        return PageCache.sha256(all.toString());
    }

    public List<Change> history(Source source) {
        return switch (source) {
            case US -> us;
            case UK -> uk;
            case CA -> ca;
        };
    }

    public Optional<AdvisoryVersion> latest(Source source) {
        List<Change> changes = history(source);
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).version());
    }
}
