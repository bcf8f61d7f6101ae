package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.advisorycompare.build.SiteBuild;
import org.advisorycompare.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the benchmark's S corpus (200 countries, both sources, 5 versions each, generated here), an
 * incremental build after each of several random changes writes exactly the bytes of a full build.
 */
class IncrementalCorpusIT {
    static final String BASE = "https://user.github.io/repo/";

    @TempDir
    Path dir;

    @Test
    void incrementalBuildsOfTheSCorpusEqualFullBuildsAfterRandomChanges() throws Exception {
        TestSite site = new TestSite(dir).withOwnTemplates();
        CorpusGenerator.generate(site.content(), 5);
        assertThat(site.build(BASE).errors()).isEmpty();
        Random random = new Random(20261122);
        int newVersion = 5;
        for (int change = 0; change < 3; change++) {
            int country = random.nextInt(CorpusGenerator.countries().size());
            boolean uk = random.nextBoolean();
            CorpusGenerator.addVersion(site.content(), country, newVersion++, uk);
            SiteBuild.Result incremental = site.build(BASE);
            assertThat(incremental.upToDate()).isFalse();
            assertThat(incremental.pagesRendered()).as("only what the new version affects is rendered")
                    .isLessThan(40).isPositive();
            assertSameAsFullBuild(site, "after a new " + (uk ? "UK" : "US") + " version of country " + country, false);
        }
        for (int more = 0; more < 2; more++) { // one side's versions leaving the newest: its archive's file gains them
            CorpusGenerator.addVersion(site.content(), 0, newVersion++, true);
            assertThat(site.build(BASE).errors()).isEmpty();
            assertSameAsFullBuild(site, "after another UK version of country 0, archiving an older one", false);
        }
        Path template = site.templates().resolve("diff.ftlh");
        Files.writeString(template, Files.readString(template) + "\n<#-- changed -->\n");
        SiteBuild.Result templateChanged = site.build(BASE);
        assertThat(templateChanged.pagesRendered()).as("a changed template re-renders").isPositive();
        assertThat(site.build(BASE).upToDate()).isTrue();
        assertSameAsFullBuild(site, "after a template change, from scratch (no conversion cache)", true);
    }

    /** A full build into a fresh folder; {@code cold}: with an empty conversion cache too. */
    private void assertSameAsFullBuild(TestSite site, String when, boolean cold) throws Exception {
        Path fresh = Files.createTempDirectory(dir, "full-");
        Path cache = cold ? fresh.resolve("cache") : dir.resolve("cache");
        Path copy = Files.createTempDirectory(dir, "cache-copy-");
        if (!cold) {
            TestSite.copyTree(cache, copy); // the full build must not share (or warm) the incremental build's caches
            try (java.util.stream.Stream<Path> index = Files.walk(copy.resolve("versions"))) { // and reads every
                index.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); // snapshot: no index
            }
            cache = copy;
        }
        SiteBuild.Result full = site.build(BASE, fresh.resolve("site"), cache);
        assertThat(full.pagesReused()).isZero();
        assertThat(TestSite.snapshot(site.out())).as("incremental build equals a full build " + when)
                .isEqualTo(TestSite.snapshot(fresh.resolve("site")));
    }
}
