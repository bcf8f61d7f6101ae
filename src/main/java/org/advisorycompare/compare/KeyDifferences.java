package org.advisorycompare.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;

/**
 * A short list of differences computed by rule from the two histories and the topic rows. Every line
 * quotes or counts what the documents say; nothing is paraphrased or invented.
 */
public final class KeyDifferences {
    private KeyDifferences() {
    }

    public static List<String> of(List<Change> us, List<Change> uk, List<TopicRow> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(levelLine("US", us));
        lines.add(levelLine("UK", uk));
        if (us.isEmpty() || uk.isEmpty()) {
            return lines;
        }
        AdvisoryVersion u = last(us);
        AdvisoryVersion k = last(uk);
        regional(u.level(), k.level(), lines);
        regions(u, k, lines);
        coverage("US", rows.stream().filter(TopicRow::onlyUs).toList(), lines);
        coverage("UK", rows.stream().filter(TopicRow::onlyUk).toList(), lines);
        freshness(us, uk, lines);
        return lines;
    }

    /** "Only the UK advice has sections on: terrorism; crime." for topics (not summary or other) one side lacks. */
    private static void coverage(String who, List<TopicRow> only, List<String> lines) {
        List<String> topics = only.stream().map(TopicRow::topic).filter(t -> t != Topic.SUMMARY && t != Topic.OTHER)
                .map(t -> t.label().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!topics.isEmpty()) {
            lines.add("Only the " + who + " advice has " + (topics.size() == 1 ? "a section on " : "sections on: ")
                    + String.join("; ", topics) + ".");
        }
    }

    /** "US: Level 4: Do Not Travel (N4) since 2025-10-30", the date being the start of the current level. */
    static String levelLine(String who, List<Change> history) {
        if (history.isEmpty()) {
            return "No " + who + " advice has been collected for this country.";
        }
        AdvisoryVersion latest = last(history);
        Integer level = latest.level().national();
        if (level == null) {
            return who + ": the latest document states no national level.";
        }
        String since = since(history);
        // a level the site derived is said in its own voice, never as the government's words
        return who + ": " + (latest.level().nationalDerived() ? "this site's reading: " : "") + latest.level().nationalNative()
                + " (N" + level + ")" + (since == null ? "" : " since " + since)
                + (history.size() > 1 ? "" : ", in the only version collected") + ".";
    }

    /**
     * The day the latest national level began: the first of the run of level-stating versions ending with the latest.
     * Only documents that state a level count: one that states none (an embassy alert) neither starts nor ends the run.
     */
    static String since(List<Change> history) {
        Integer level = last(history).level().national();
        String since = history.get(history.size() - 1).day();
        for (int i = history.size() - 1; i >= 0; i--) {
            Integer stated = history.get(i).version().level().national();
            if (stated == null) {
                continue;
            }
            if (!Objects.equals(stated, level)) {
                break;
            }
            since = history.get(i).day();
        }
        return since;
    }

    private static void regional(Level us, Level uk, List<String> lines) {
        if (us.regional() == null && uk.regional() == null) {
            return;
        }
        lines.add("Regional: US " + describe(us) + "; UK " + describe(uk) + ".");
    }

    private static String describe(Level level) {
        return level.regional() == null ? "states no regional level"
                : "“" + level.regionalNative() + "” (N" + level.regional() + ")";
    }

    private static void regions(AdvisoryVersion us, AdvisoryVersion uk, List<String> lines) {
        int u = us.details().regions().size();
        int k = uk.details().regions().size();
        if (u > 0 || k > 0) {
            lines.add("The US lists " + areas(u) + "; the UK lists " + areas(k) + ".");
        }
    }

    private static String areas(int n) {
        return n == 0 ? "no areas" : n == 1 ? "1 area" : n + " areas";
    }

    private static void freshness(List<Change> us, List<Change> uk, List<String> lines) {
        String u = us.get(us.size() - 1).day();
        String k = uk.get(uk.size() - 1).day();
        if (u != null && k != null && !u.equals(k)) {
            boolean usNewer = u.compareTo(k) > 0;
            lines.add("The " + (usNewer ? "US" : "UK") + " advice changed more recently: " + (usNewer ? u : k)
                    + " (" + (usNewer ? "UK" : "US") + ": " + (usNewer ? k : u) + ").");
        }
    }

    private static AdvisoryVersion last(List<Change> history) {
        return history.get(history.size() - 1).version();
    }
}
