package org.advisorycompare.compare;

import java.util.Optional;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Level;

/**
 * The latest US and UK versions for one country and how their levels relate: national levels and
 * highest regional levels are compared separately, and an unknown level is never turned into one.
 */
public record Comparison(Optional<AdvisoryVersion> us, Optional<AdvisoryVersion> uk, Agreement national,
        Agreement highest) {

    public static Comparison of(Optional<AdvisoryVersion> us, Optional<AdvisoryVersion> uk) {
        Level usLevel = us.map(AdvisoryVersion::level).orElse(Level.UNKNOWN);
        Level ukLevel = uk.map(AdvisoryVersion::level).orElse(Level.UNKNOWN);
        return new Comparison(us, uk, Agreement.of(usLevel.national(), ukLevel.national()),
                Agreement.of(usLevel.highest(), ukLevel.highest()));
    }
}
