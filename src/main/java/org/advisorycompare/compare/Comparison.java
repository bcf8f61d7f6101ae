package org.advisorycompare.compare;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.advisorycompare.text.Sections;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;

/**
 * The latest US and UK versions for one country and how they relate: national levels and highest
 * levels anywhere are compared separately (an unknown level is never turned into one), sections are
 * aligned by topic, key differences are listed by rule, and the periods of agreement are traced over
 * the timeline. Pure: no I/O. The topic rows and key differences need both texts, so they are worked
 * out when first asked for (only a country page that is rendered asks) and not kept.
 */
public record Comparison(
        Optional<AdvisoryVersion> us,
        Optional<AdvisoryVersion> uk,
        Agreement national,
        Agreement highest,
        Supplier<Details> details,
        List<Period> periods) {

    /** What needs both texts: the sections aligned by topic and the key differences. */
    public record Details(List<TopicRow> rows, List<String> keyDifferences, List<String> headline) {
        public Details {
            rows = List.copyOf(rows);
            keyDifferences = List.copyOf(keyDifferences);
            headline = List.copyOf(headline);
        }
    }

    public Comparison {
        periods = List.copyOf(periods);
    }

    public static Comparison of(List<Change> usHistory, List<Change> ukHistory, Timeline timeline) {
        return of(null, null, usHistory, ukHistory, timeline);
    }

    /** The same, with when the collector last checked each side's destination (null: no record says). */
    public static Comparison of(String usChecked, String ukChecked, List<Change> usHistory, List<Change> ukHistory,
            Timeline timeline) {
        Optional<AdvisoryVersion> us = latest(usHistory);
        Optional<AdvisoryVersion> uk = latest(ukHistory);
        Level usLevel = us.map(AdvisoryVersion::level).orElse(Level.UNKNOWN);
        Level ukLevel = uk.map(AdvisoryVersion::level).orElse(Level.UNKNOWN);
        Supplier<Details> details = () -> {
            List<TopicRow> rows = TopicRows.align(us.map(v -> Sections.of(v.body())).orElse(List.of()),
                    uk.map(v -> Sections.of(v.body())).orElse(List.of()));
            return new Details(rows, KeyDifferences.of(usHistory, ukHistory, rows), Headline.of(usHistory, ukHistory, usChecked, ukChecked));
        };
        return new Comparison(us, uk, Agreement.of(usLevel.national(), ukLevel.national()),
                Agreement.of(usLevel.highest(), ukLevel.highest()), details, Period.of(timeline));
    }

    /** The sections of both latest versions, aligned by topic. */
    public List<TopicRow> rows() {
        return details.get().rows();
    }

    /** The dated headline, in the site's own words. */
    public List<String> headline() {
        return details.get().headline();
    }

    /** The key differences, by rule. */
    public List<String> keyDifferences() {
        return details.get().keyDifferences();
    }

    private static Optional<AdvisoryVersion> latest(List<Change> history) {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).version());
    }
}
