package org.advisorycompare.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.advisorycompare.model.Section;

/** Aligns two documents' sections by topic: every section lands in exactly one row, rows in topic order. */
public final class TopicRows {
    private TopicRows() {
    }

    public static List<TopicRow> align(List<Section> us, List<Section> uk) {
        Map<Topic, List<Section>> usByTopic = byTopic(us);
        Map<Topic, List<Section>> ukByTopic = byTopic(uk);
        List<TopicRow> rows = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            List<Section> u = usByTopic.getOrDefault(topic, List.of());
            List<Section> k = ukByTopic.getOrDefault(topic, List.of());
            if (!u.isEmpty() || !k.isEmpty()) {
                rows.add(new TopicRow(topic, u, k));
            }
        }
        return rows;
    }

    private static Map<Topic, List<Section>> byTopic(List<Section> sections) {
        Map<Topic, List<Section>> map = new EnumMap<>(Topic.class);
        for (Section section : sections) {
            map.computeIfAbsent(Topic.of(section), t -> new ArrayList<>()).add(section);
        }
        return map;
    }
}
