package org.advisorycompare.collect;

import java.util.List;
import org.advisorycompare.model.Snapshot;

/**
 * The outcome of one import: snapshots recorded, documents already in the archive, and one line per
 * file that could not be imported.
 */
public record ImportResult(List<Snapshot> recorded, List<Snapshot> alreadyCollected, List<String> errors) {
    public ImportResult {
        recorded = List.copyOf(recorded);
        alreadyCollected = List.copyOf(alreadyCollected);
        errors = List.copyOf(errors);
    }
}
