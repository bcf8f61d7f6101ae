package org.advisorycompare.site;


import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advisorycompare.compare.Comparison;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Keeping;
import org.advisorycompare.model.Source;

/**
 * Everything the site shows about one country: for each government whose advice covers it, the history
 * of each of its destinations that covers the country (oldest first; the country's own destination
 * first), the merged timeline, and the comparison of the compared pair's main destinations.
 */
public record CountryModel(Country country, Map<Source, List<Side>> sides, Timeline timeline, Comparison comparison) {
    /**
     * One government's destination shown on this country's page, with its history.
     *
     * @param keeping the memos of the history's sections and diffs, to hold while a country showing it renders
     * @param checked when the collector last checked this destination (an instant); null when no record says
     */
    public record Side(Source source, Destination destination, List<Change> history, Keeping keeping, String checked) {
        public Side {
            history = List.copyOf(history);
        }

        /** A side whose history's memos are its own. */
        public Side(Source source, Destination destination, List<Change> history) {
            this(source, destination, history, new Keeping(), null);
        }

        /** When this destination was last seen current: the collector's last check, or the newest retrieval, whichever is later. */
        public String lastSeen() {
            String last = checked;
            for (Change change : history) {
                String retrieved = change.version().lastRetrieved();
                if (retrieved != null && (last == null || retrieved.compareTo(last) > 0)) {
                    last = retrieved;
                }
            }
            return last;
        }

        /** Whether its version and diff pages live under this country (its home) rather than under another it covers. */
        public boolean homeOf(Country country) {
            return destination.home().equals(country);
        }

        /**
         * The versions older than the newest {@code full}, oldest first: archived, served from the archive page of
         * their country and government instead of pages of their own.
         */
        public List<Change> archived(int full) {
            return history.subList(0, Math.max(0, history.size() - full));
        }

        public Optional<AdvisoryVersion> latest() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).version());
        }
    }

    public CountryModel {
        Map<Source, List<Side>> copy = new EnumMap<>(Source.class);
        sides.forEach((source, list) -> copy.put(source, List.copyOf(list)));
        sides = Collections.unmodifiableMap(copy);
    }

    /** Every side, government by government (in the order of {@link Source}), each government's main destination first. */
    public List<Side> allSides() {
        List<Side> all = new ArrayList<>();
        sides.values().forEach(all::addAll);
        return all;
    }

    /** A government's destinations covering this country; empty where none of its advice was collected. */
    public List<Side> sides(Source source) {
        return sides.getOrDefault(source, List.of());
    }

    /** The history of a government's main destination for this country (the one compared and charted). */
    public List<Change> history(Source source) {
        List<Side> list = sides(source);
        return list.isEmpty() ? List.of() : list.get(0).history();
    }

    public Optional<AdvisoryVersion> latest(Source source) {
        List<Side> list = sides(source);
        return list.isEmpty() ? Optional.empty() : list.get(0).latest();
    }
}
