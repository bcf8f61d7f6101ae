package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.advisorycompare.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own content/ builds as committed: conversion reproduces content/advisories exactly. */
class ProjectContentIT {
    @TempDir
    Path dir;

    @Test
    void committedContentBuildsAndItsConvertedMarkdownIsUpToDate() throws Exception {
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        Map<String, String> before = TestSite.snapshot(dir.resolve("content"));
        SiteBuild.Result result = new TestSite(dir).build("https://example.org/");
        assertThat(result.errors()).isEmpty();
        assertThat(result.versionFilesWritten()).as("content/advisories is what build makes of content/collected").isZero();
        assertThat(TestSite.snapshot(dir.resolve("content"))).isEqualTo(before);

        JsonNode rows = new ObjectMapper().readTree(dir.resolve("site/data/advisories.json").toFile());
        assertThat(rows).extracting(r -> r.get("country").asText() + "/" + r.get("source").asText())
                .containsExactly("ML/us", "ML/uk");
        assertThat(rows.get(1).get("level").asInt()).isEqualTo(4);
        JsonNode mali = new ObjectMapper().readTree(dir.resolve("site/data/countries/ML.json").toFile());
        assertThat(mali.get("agreement").asText()).as("the US seed is a news report that states no level")
                .isEqualTo("cannot_compare");
    }
}
