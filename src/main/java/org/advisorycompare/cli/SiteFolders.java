package org.advisorycompare.cli;

import java.nio.file.Path;
import org.advisorycompare.config.BuildConfig;
import picocli.CommandLine.Option;

/** The folders a build reads and writes, as options shared by {@code build} and {@code serve}. */
final class SiteFolders {
    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", defaultValue = "templates", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", defaultValue = ".cache",
            description = "Folder for earlier conversions; safe to delete (default: ${DEFAULT-VALUE}).")
    Path cache;

    BuildConfig config(String baseUrl) {
        return new BuildConfig(content, templates, out, baseUrl, cache);
    }
}
