package org.advisorycompare.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.advisorycompare.history.Timeline;

/**
 * A span of days over which the two governments' national levels stood in one relation. {@code to}
 * is the first day of the next period (exclusive), null for the current one.
 */
public record Period(String from, String to, Agreement agreement, Integer us, Integer uk) {

    /** The periods of a timeline, oldest first: a new period starts whenever the relation changes. */
    public static List<Period> of(Timeline timeline) {
        // the compared pair: the first government's levels are the "us" column, the second's the "uk"
        List<Timeline.Step> first = timeline.steps(org.advisorycompare.model.Source.comparedPair().get(0));
        List<Timeline.Step> second = timeline.steps(org.advisorycompare.model.Source.comparedPair().get(1));
        TreeSet<String> days = new TreeSet<>();
        first.stream().map(Timeline.Step::day).filter(java.util.Objects::nonNull).forEach(days::add);
        second.stream().map(Timeline.Step::day).filter(java.util.Objects::nonNull).forEach(days::add);
        List<Period> periods = new ArrayList<>();
        for (String day : days) {
            Integer us = levelOn(first, day);
            Integer uk = levelOn(second, day);
            Agreement agreement = Agreement.of(us, uk);
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last == null || last.agreement() != agreement || !java.util.Objects.equals(last.us(), us)
                    || !java.util.Objects.equals(last.uk(), uk)) {
                if (last != null) {
                    periods.set(periods.size() - 1, new Period(last.from(), day, last.agreement(), last.us(), last.uk()));
                }
                periods.add(new Period(day, null, agreement, us, uk));
            }
        }
        return periods;
    }

    private static Integer levelOn(List<Timeline.Step> steps, String day) {
        Integer level = null;
        for (Timeline.Step step : steps) {
            if (step.day() != null && step.day().compareTo(day) <= 0) {
                level = step.national();
            }
        }
        return level;
    }

    /** The compared pair's first government's level (the US's). */
    public Integer first() {
        return us;
    }

    /** The compared pair's second government's level (the UK's). */
    public Integer second() {
        return uk;
    }
}
