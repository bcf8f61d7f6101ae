package org.advisorycompare.convert;

import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;

/** The versions converted from the archive and one line for every document that could not be. */
public record Conversion(List<AdvisoryVersion> versions, List<String> errors) {
    public Conversion {
        versions = List.copyOf(versions);
        errors = List.copyOf(errors);
    }
}
