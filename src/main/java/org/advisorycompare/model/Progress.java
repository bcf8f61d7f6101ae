package org.advisorycompare.model;

/**
 * What long work reports as it goes (converting archive folders, rendering countries, importing files): how many
 * of how many units of the named work are done. Called from any thread; the last call of a work has
 * {@code done == total}.
 */
@FunctionalInterface
public interface Progress {
    /** Reports nothing. */
    Progress NONE = (work, done, total) -> {
    };

    void at(String work, int done, int total);
}
