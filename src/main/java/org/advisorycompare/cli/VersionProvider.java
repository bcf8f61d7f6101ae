package org.advisorycompare.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"advisory-compare " + (version == null ? "development" : version)};
    }
}
