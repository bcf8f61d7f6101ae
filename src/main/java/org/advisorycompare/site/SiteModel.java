package org.advisorycompare.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.advisorycompare.compare.Comparison;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.History;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;

/**
 * The whole site as data: every country with its histories and comparison, in slug order, and every
 * change across countries, newest first. Built by a pure function of the versions.
 */
public record SiteModel(List<CountryModel> countries, List<Change> changes) {
    /** Newest first by stated date, then retrieval time, then country and source for a stable order. */
    public static final Comparator<Change> NEWEST_FIRST = Comparator
            .comparing((Change c) -> c.version().effectiveDate().day(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.version().provenance().retrieved(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.version().country().slug())
            .thenComparing(c -> c.version().source())
            .thenComparing(c -> c.version().versionId());

    public SiteModel {
        countries = List.copyOf(countries);
        changes = List.copyOf(changes);
    }

    /** The governments the site shows: the US and the UK always, Canada where any of its advice was collected. */
    public List<Source> sources() {
        boolean canada = countries.stream().anyMatch(c -> !c.ca().isEmpty());
        return canada ? List.of(Source.US, Source.UK, Source.CA) : List.of(Source.US, Source.UK);
    }

    public static SiteModel of(List<AdvisoryVersion> versions) {
        Map<Country, List<AdvisoryVersion>> byCountry = versions.stream()
                .collect(Collectors.groupingBy(AdvisoryVersion::country, TreeMap::new, Collectors.toList()));
        // each country on its own, on every core, in slug order
        List<CountryModel> countries = byCountry.entrySet().parallelStream()
                .map(e -> country(e.getKey(), e.getValue())).toList();
        List<Change> changes = new ArrayList<>();
        countries.forEach(c -> {
            changes.addAll(c.us());
            changes.addAll(c.uk());
            changes.addAll(c.ca());
        });
        changes.sort(NEWEST_FIRST);
        return new SiteModel(countries, changes);
    }

    private static CountryModel country(Country country, List<AdvisoryVersion> versions) {
        List<Change> us = History.of(versions.stream().filter(v -> v.source() == Source.US).toList());
        List<Change> uk = History.of(versions.stream().filter(v -> v.source() == Source.UK).toList());
        List<Change> ca = History.of(versions.stream().filter(v -> v.source() == Source.CA).toList());
        Timeline timeline = Timeline.of(us, uk, ca);
        return new CountryModel(country, us, uk, ca, timeline, Comparison.of(us, uk, timeline));
    }
}
