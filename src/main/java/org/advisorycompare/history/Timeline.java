package org.advisorycompare.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.advisorycompare.model.Source;

/**
 * Every government's versions for one country merged in date order, and each government's levels over
 * time as steps (a step starts on the day a version with a different level took effect), for the
 * governments whose advice was collected. Pure.
 */
public record Timeline(List<Change> entries, Map<Source, List<Step>> steps) {
    public Timeline {
        entries = List.copyOf(entries);
        Map<Source, List<Step>> copy = new EnumMap<>(Source.class);
        steps.forEach((source, list) -> copy.put(source, List.copyOf(list)));
        steps = java.util.Collections.unmodifiableMap(copy);
    }

    /** From {@code day} on, the levels were these (null: not stated). */
    public record Step(String day, Integer national, Integer regional, String nationalNative) {
    }

    /**
     * {@code levels}: the history whose levels each government's steps follow (its main destination for the
     * country); {@code all}: every version shown for the country, of every destination, merged into the entries.
     */
    public static Timeline of(Map<Source, List<Change>> levels, List<Change> all) {
        List<Change> merged = new ArrayList<>(all);
        merged.sort(Comparator.comparing(Change::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> c.version().source())
                .thenComparing(c -> c.version().provenance().retrieved(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> c.version().versionId())); // a day's versions in the order they were seen, not by id
        Map<Source, List<Step>> steps = new EnumMap<>(Source.class);
        levels.forEach((source, history) -> steps.put(source, steps(history)));
        return new Timeline(merged, steps);
    }

    /** One government's steps; empty where its advice was not collected. */
    public List<Step> steps(Source source) {
        return steps.getOrDefault(source, List.of());
    }

    /** Steps only from documents that state a national level: one that states none (an embassy alert) changes no level. */
    private static List<Step> steps(List<Change> history) {
        List<Step> steps = new ArrayList<>();
        for (Change change : history) {
            if (change.version().level().national() == null) {
                continue;
            }
            Step step = new Step(change.day(), change.version().level().national(), change.version().level().regional(),
                    change.version().level().nationalNative());
            Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last == null || !Objects.equals(last.national(), step.national()) || !Objects.equals(last.regional(), step.regional())) {
                steps.add(step);
            }
        }
        return steps;
    }
}
