package org.advisorycompare.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.advisorycompare.history.Change;

/**
 * The dated headline of a country page, in the site's own words (the governments' words are in the table below
 * it): where each government's national advice stands and since when, the last change of level and who moved first,
 * and when each side's newest document was retrieved, with a warning when one side's advice is much older.
 */
public final class Headline {
    /** One side's advice counts as much older than the other's past this many days between their dates. */
    static final int STALE_DAYS = 180;
    private static final String[] SCALE = {"", "normal precautions", "increased caution",
        "reconsider travel or avoid all but essential travel", "do not travel"};

    private Headline() {
    }

    public static List<String> of(List<Change> us, List<Change> uk) {
        return of(us, uk, null, null);
    }

    /**
     * The same, saying when the collector last checked each side ({@code usChecked}, {@code ukChecked}: instants from
     * its records, null where none says), which is later than the newest document when the advice did not change.
     */
    public static List<String> of(List<Change> us, List<Change> uk, String usChecked, String ukChecked) {
        List<String> lines = new ArrayList<>();
        lines.add(stand(us, uk));
        lastMove(us, uk).ifPresent(lines::add);
        lines.add(retrieved(us, uk) + checked(usChecked, ukChecked));
        return lines;
    }

    private static String checked(String us, String uk) {
        if (us == null && uk == null) {
            return "";
        }
        return " Last checked by the collector: US " + (us == null ? "never" : us.substring(0, 10)) + "; UK "
                + (uk == null ? "never" : uk.substring(0, 10)) + ".";
    }

    private static String stand(List<Change> us, List<Change> uk) {
        Integer u = level(us);
        Integer k = level(uk);
        if (u != null && u.equals(k)) {
            return "Both governments' national advice is at N" + u + " (" + SCALE[u] + "): the US's since "
                    + KeyDifferences.since(us) + ", the UK's since " + KeyDifferences.since(uk) + reading(us, uk) + ".";
        }
        return capitalised(side("US", us)) + "; " + side("UK", uk) + ".";
    }

    private static String side(String who, List<Change> history) {
        if (history.isEmpty()) {
            return "no " + who + " advice has been collected";
        }
        Integer level = level(history);
        String reading = derived(history) ? ", as this site reads its advice for the parts of the country" : "";
        return level == null ? "the " + who + "'s latest document states no national level"
                : "the " + who + "'s national advice is at N" + level + " (" + SCALE[level] + ") since " + KeyDifferences.since(history) + reading;
    }

    /** "The UK raised its national advice from N3 to N4 on 2025-10-30; the US had been at N4 since 2025-10-09." */
    private static Optional<String> lastMove(List<Change> us, List<Change> uk) {
        Optional<Change> u = lastLevelChange(us);
        Optional<Change> k = lastLevelChange(uk);
        if (u.isEmpty() && k.isEmpty()) {
            return Optional.empty();
        }
        boolean usLast = k.isEmpty() || u.isPresent() && u.get().day() != null && k.get().day() != null
                && u.get().day().compareTo(k.get().day()) > 0;
        Change move = usLast ? u.get() : k.get();
        String who = usLast ? "US" : "UK";
        String other = usLast ? "UK" : "US";
        List<Change> otherHistory = usLast ? uk : us;
        String line = "The " + who + " last " + (move.kind() == org.advisorycompare.history.ChangeKind.LEVEL_RAISED ? "raised" : "lowered")
                + " its national advice, from N" + move.fromLevel() + " to N" + move.toLevel()
                + (move.day() == null ? "" : ", on " + move.day());
        Integer otherLevel = level(otherHistory);
        if (otherLevel != null && otherLevel.equals(move.toLevel())) {
            String since = KeyDifferences.since(otherHistory);
            boolean before = since != null && move.day() != null && since.compareTo(move.day()) < 0;
            line += before ? "; the " + other + " had been at N" + otherLevel + " since " + since + ", so the " + other + " moved first"
                    : "; the " + other + " is at N" + otherLevel + " too, since " + since;
        }
        return Optional.of(line + ".");
    }

    private static Optional<Change> lastLevelChange(List<Change> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Change c = history.get(i);
            if (c.kind().isLevelChange() && c.fromLevel() != null && c.toLevel() != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** When each side's newest document was retrieved; a warning when one side's advice is far older than the other's. */
    private static String retrieved(List<Change> us, List<Change> uk) {
        String u = newestRetrieved(us);
        String k = newestRetrieved(uk);
        String line = "Newest documents here: US " + (u == null ? "none" : "retrieved " + u) + "; UK "
                + (k == null ? "none" : "retrieved " + k) + ".";
        String du = us.isEmpty() ? null : us.get(us.size() - 1).day();
        String dk = uk.isEmpty() ? null : uk.get(uk.size() - 1).day();
        if (du != null && dk != null) {
            long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(du), java.time.LocalDate.parse(dk)));
            if (days > STALE_DAYS) {
                line += " The " + (du.compareTo(dk) < 0 ? "US" : "UK") + " advice shown is " + days
                        + " days older than the other's: check the government's own page for anything newer.";
            }
        }
        return line;
    }

    private static String newestRetrieved(List<Change> history) {
        return history.stream().map(change -> change.version().lastRetrieved()).filter(java.util.Objects::nonNull)
                .max(String::compareTo).map(r -> r.substring(0, 10)).orElse(null);
    }

    private static boolean derived(List<Change> history) {
        return !history.isEmpty() && history.get(history.size() - 1).version().level().nationalDerived();
    }

    /** Says which of two equal levels this site worked out from advice for parts, never the government's own words. */
    private static String reading(List<Change> us, List<Change> uk) {
        return derived(us) && derived(uk) ? " (both as this site reads their advice for the parts of the country)"
                : derived(us) ? " (the US's as this site reads its advice for parts)" : derived(uk)
                ? " (the UK's as this site reads its advice for the parts of the country)" : "";
    }

    private static Integer level(List<Change> history) {
        return history.isEmpty() ? null : history.get(history.size() - 1).version().level().national();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
