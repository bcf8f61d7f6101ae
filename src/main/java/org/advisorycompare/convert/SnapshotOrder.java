package org.advisorycompare.convert;

import java.util.Comparator;
import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Snapshot;

/**
 * The order in which snapshots are converted: by retrieval time, then file. The first snapshot with a
 * text makes its version; later ones with the same text are its reviews.
 */
final class SnapshotOrder {
    private static final Comparator<Snapshot> ORDER = Comparator
            .comparing((Snapshot s) -> s.provenance().retrieved())
            .thenComparing(s -> s.file().toString());

    private SnapshotOrder() {
    }

    static List<Snapshot> sorted(List<Snapshot> snapshots) {
        return snapshots.stream().sorted(ORDER).toList();
    }

    /**
     * Whether {@code snapshot} comes after every snapshot the versions were made from (each version's
     * own and each of its reviews'), of the same archive: the files compare as their paths in the
     * archive, as they do in full.
     */
    static boolean after(Snapshot snapshot, List<AdvisoryVersion> versions) {
        for (AdvisoryVersion v : versions) {
            if (!after(snapshot, v.provenance().retrieved(), v.provenance().collectedFile())) {
                return false;
            }
            for (AdvisoryVersion.Review review : v.reviews()) {
                if (!after(snapshot, review.retrieved(), review.collectedFile())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean after(Snapshot snapshot, String retrieved, String collectedFile) {
        if (retrieved == null || collectedFile == null) {
            return false;
        }
        int byTime = snapshot.provenance().retrieved().compareTo(retrieved);
        return byTime > 0 || byTime == 0 && snapshot.provenance().collectedFile().compareTo(collectedFile) > 0;
    }
}
