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

    @Option(names = "--project-docs", paramLabel = "DIR", description = "Also publish this folder (mvn site's target/site) "
            + "under project/ of the site, linked from the About page (default: none).")
    Path projectDocs;

    BuildConfig config(String baseUrl, org.advisorycompare.config.SiteSettings site) {
        if (projectDocs != null && !java.nio.file.Files.isDirectory(projectDocs)) {
            throw new org.advisorycompare.config.ConfigException("--project-docs " + projectDocs
                    + " is not a folder: run mvn -B verify site first, or leave the option out");
        }
        return new BuildConfig(content, templates, out, baseUrl, cache, projectDocs, site);
    }
}
