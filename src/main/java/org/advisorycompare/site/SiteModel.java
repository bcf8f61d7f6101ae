package org.advisorycompare.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.advisorycompare.model.Keeping;
import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Source;

/**
 * The whole site as data: every country with its histories and comparison, in slug order, and every
 * change across countries, newest first. Built by a pure function of the versions: each destination's
 * versions make one history, shown on the page of every country the destination covers.
 */
public record SiteModel(List<CountryModel> countries, List<Change> changes) {
    /** Newest first by stated date, then retrieval time, then country and source for a stable order. */
    public static final Comparator<Change> NEWEST_FIRST = Comparator
            .comparing((Change c) -> c.version().effectiveDate().day(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.version().provenance().retrieved(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.version().country().slug())
            .thenComparing(c -> c.version().source())
            .thenComparing(c -> c.version().versionId());

    /** A country's destinations of one government: its own (plain) first, then by name. */
    private static final Comparator<CountryModel.Side> MAIN_FIRST = Comparator
            .comparing((CountryModel.Side s) -> s.destination().placed())
            .thenComparing(s -> s.destination().name())
            .thenComparing(s -> s.destination().folder());

    public SiteModel {
        countries = List.copyOf(countries);
        changes = List.copyOf(changes);
    }

    /** The governments the site shows: the compared pair always, any other where any of its advice was collected. */
    public List<Source> sources() {
        return Arrays.stream(Source.values())
                .filter(s -> s.compared() || countries.stream().anyMatch(c -> !c.sides(s).isEmpty())).toList();
    }

    public static SiteModel of(List<AdvisoryVersion> versions) {
        return of(versions, Map.of());
    }

    /** {@code checked}: when the collector last checked each destination ({@code <source>/<folder>}), from its records. */
    public static SiteModel of(List<AdvisoryVersion> versions, Map<String, String> checked) {
        // one history per destination (source and folder), in folder order
        Map<String, List<AdvisoryVersion>> byDestination = versions.stream().collect(Collectors.groupingBy(
                v -> v.source().key() + "/" + v.destination().folder(), TreeMap::new, Collectors.toList()));
        List<CountryModel.Side> sides = byDestination.values().parallelStream().map(v -> side(v, checked)).toList();
        Map<Country, List<CountryModel.Side>> byCountry = new TreeMap<>();
        List<Change> changes = new ArrayList<>();
        for (CountryModel.Side side : sides) {
            side.destination().covers().forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(side));
            changes.addAll(side.history());
        }
        // each country on its own, on every core, in slug order
        List<CountryModel> countries = byCountry.entrySet().parallelStream().map(e -> country(e.getKey(), e.getValue())).toList();
        changes.sort(NEWEST_FIRST);
        return new SiteModel(countries, changes);
    }

    /** A destination's history; its destination as its newest version names it. */
    private static CountryModel.Side side(List<AdvisoryVersion> versions, Map<String, String> checked) {
        Keeping keeping = new Keeping();
        List<Change> history = History.of(versions, keeping);
        AdvisoryVersion newest = history.get(history.size() - 1).version();
        return new CountryModel.Side(newest.source(), newest.destination(), history, keeping,
                checked.get(newest.source().key() + "/" + newest.destination().folder()));
    }

    private static CountryModel country(Country country, List<CountryModel.Side> all) {
        Map<Source, List<CountryModel.Side>> sides = new EnumMap<>(Source.class);
        all.stream().sorted(Comparator.comparing(CountryModel.Side::source).thenComparing(MAIN_FIRST))
                .forEach(s -> sides.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
        Map<Source, List<Change>> main = new EnumMap<>(Source.class);
        List<Change> every = new ArrayList<>();
        sides.forEach((source, list) -> {
            main.put(source, list.get(0).history());
            list.forEach(s -> every.addAll(s.history()));
        });
        Timeline timeline = Timeline.of(main, every);
        List<Source> pair = Source.comparedPair();
        Map<Source, String> checked = new EnumMap<>(Source.class);
        sides.forEach((source, list) -> checked.put(source, list.get(0).checked()));
        return new CountryModel(country, sides, timeline, Comparison.of(checked.get(pair.get(0)), checked.get(pair.get(1)),
                main.getOrDefault(pair.get(0), List.of()),
                main.getOrDefault(pair.get(1), List.of()), timeline));
    }
}
