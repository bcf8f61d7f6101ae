package org.advisorycompare.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.advisorycompare.model.Source;

/**
 * Every government's versions for one country merged in date order, and each government's levels over
 * time as steps (a step starts on the day a version with a different level took effect). Canada's
 * steps are empty where its advice was not collected. Pure.
 */
public record Timeline(List<Change> entries, List<Step> us, List<Step> uk, List<Step> ca) {
    public Timeline {
        entries = List.copyOf(entries);
        us = List.copyOf(us);
        uk = List.copyOf(uk);
        ca = List.copyOf(ca);
    }


    /** From {@code day} on, the levels were these (null: not stated). */
    public record Step(String day, Integer national, Integer regional, String nationalNative) {
    }

    public static Timeline of(List<Change> usHistory, List<Change> ukHistory, List<Change> caHistory) {
        List<Change> merged = new ArrayList<>(usHistory);
        merged.addAll(ukHistory);
        merged.addAll(caHistory);
        merged.sort(Comparator.comparing(Change::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> c.version().source())
                .thenComparing(c -> c.version().versionId()));
        return new Timeline(merged, steps(usHistory), steps(ukHistory), steps(caHistory));
    }

    public List<Step> steps(Source source) {
        return switch (source) {
            case US -> us;
            case UK -> uk;
            case CA -> ca;
        };
    }

    private static List<Step> steps(List<Change> history) {
        List<Step> steps = new ArrayList<>();
        for (Change change : history) {
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
