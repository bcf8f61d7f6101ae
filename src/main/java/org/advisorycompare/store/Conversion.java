package org.advisorycompare.store;

import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.error.Problem;

/** The versions converted from the archive and one line for every document that could not be. */
public record Conversion(List<AdvisoryVersion> versions, List<Problem> errors) {
    public Conversion {
        versions = List.copyOf(versions);
        errors = List.copyOf(errors);
    }
}
