package org.advisorycompare.collect;

import java.util.List;

/** What a collect run did: new snapshots, unchanged documents, responses set aside, failures. */
public record CollectResult(List<String> recorded, int unchanged, List<String> quarantined, List<String> failures) {
    public CollectResult {
        recorded = List.copyOf(recorded);
        quarantined = List.copyOf(quarantined);
        failures = List.copyOf(failures);
    }

    /** 0 when every request and document succeeded, 2 when some failed or were set aside. */
    public int exitCode() {
        return failures.isEmpty() && quarantined.isEmpty() ? 0 : 2;
    }
}
