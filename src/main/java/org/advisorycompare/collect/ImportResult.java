package org.advisorycompare.collect;

import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.error.Problem;

/**
 * The outcome of one import: snapshots recorded, documents already in the archive, parts of a
 * collection that are not advisories (skipped, with the reason), and one line per failure.
 */
public record ImportResult(List<Snapshot> recorded, List<Snapshot> alreadyCollected, List<String> skipped,
        List<Problem> errors) {
    public ImportResult {
        recorded = List.copyOf(recorded);
        alreadyCollected = List.copyOf(alreadyCollected);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    static final class Builder {
        private final List<Snapshot> recorded = new ArrayList<>();
        private final List<Snapshot> already = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final List<Problem> errors = new ArrayList<>();

        void recorded(Snapshot s) {
            recorded.add(s);
        }

        void already(Snapshot s) {
            already.add(s);
        }

        void skipped(String note) {
            skipped.add(note);
        }

        void error(Problem problem) {
            errors.add(problem);
        }

        ImportResult build() {
            return new ImportResult(recorded, already, skipped, errors);
        }
    }
}
