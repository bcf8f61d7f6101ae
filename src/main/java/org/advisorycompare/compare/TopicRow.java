package org.advisorycompare.compare;

import java.util.List;
import org.advisorycompare.model.Section;

/** One topic with each government's sections on it; an empty side does not cover the topic. */
public record TopicRow(Topic topic, List<Section> us, List<Section> uk) {
    public TopicRow {
        us = List.copyOf(us);
        uk = List.copyOf(uk);
    }

    public boolean onlyUs() {
        return !us.isEmpty() && uk.isEmpty();
    }

    public boolean onlyUk() {
        return us.isEmpty() && !uk.isEmpty();
    }

    /** The compared pair's first government's sections (the US's). */
    public List<org.advisorycompare.model.Section> first() {
        return us;
    }

    /** The compared pair's second government's sections (the UK's). */
    public List<org.advisorycompare.model.Section> second() {
        return uk;
    }
}
