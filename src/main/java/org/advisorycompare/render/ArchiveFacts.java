package org.advisorycompare.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An archive page's provenance facts (document, source, kind of copy, licence, the fields dates and change notes were
 * read from): each stated once as most of its archived versions have it, and in an entry only where that version's differs.
 */
final class ArchiveFacts {
    private ArchiveFacts() {
    }

    /** The facts of one version that can be shared: document, source, licence, where its dates and notes were read. */
    static List<Views.Fact> of(Views.Side s) {
        List<Views.Fact> facts = new ArrayList<>();
        facts.add(new Views.Fact("Document", (s.title() == null ? "Untitled" : s.title()) + " (" + s.organisation() + ")", null, true));
        facts.add(s.url() == null ? new Views.Fact("Source", "original URL not known", null, true)
                : new Views.Fact("Source", s.url(), s.url(), true));
        facts.add(new Views.Fact("Copy", s.documentKind(), null, false));
        facts.add(new Views.Fact("Licence", s.licence(), null, true));
        if (s.dateReadFrom() != null) {
            facts.add(new Views.Fact("Dates read from", s.dateReadFrom(), null, true));
        }
        if (s.noteReadFrom() != null) {
            facts.add(new Views.Fact("Change notes read from", s.noteReadFrom(), null, true));
        }
        return facts;
    }

    /** For each label, the fact most of {@code each} state (of equal counts, the first met), in the order first met. */
    static List<Views.Fact> common(List<List<Views.Fact>> each) {
        Map<Views.Fact, Integer> counts = new LinkedHashMap<>();
        each.forEach(facts -> facts.forEach(fact -> counts.merge(fact, 1, Integer::sum)));
        Map<String, Views.Fact> most = new LinkedHashMap<>();
        counts.forEach((fact, n) -> most.merge(fact.label(), fact, (a, b) -> counts.get(b) > counts.get(a) ? b : a));
        return List.copyOf(most.values());
    }

    /** A version's own facts: those that are not the page's common ones. */
    static List<Views.Fact> own(List<Views.Fact> facts, List<Views.Fact> common) {
        return facts.stream().filter(fact -> !common.contains(fact)).toList();
    }
}
