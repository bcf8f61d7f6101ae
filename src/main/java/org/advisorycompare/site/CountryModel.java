package org.advisorycompare.site;

import java.util.List;
import java.util.Optional;
import org.advisorycompare.compare.Comparison;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;

/** Everything the site shows about one country: each source's history (oldest first), the merged timeline, the comparison. */
public record CountryModel(Country country, List<Change> us, List<Change> uk, Timeline timeline, Comparison comparison) {
    public CountryModel {
        us = List.copyOf(us);
        uk = List.copyOf(uk);
    }

    public List<Change> history(Source source) {
        return source == Source.US ? us : uk;
    }

    public Optional<AdvisoryVersion> latest(Source source) {
        List<Change> changes = history(source);
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).version());
    }
}
