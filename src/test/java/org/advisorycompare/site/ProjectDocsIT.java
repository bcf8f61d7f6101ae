package org.advisorycompare.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build --project-docs publishes the project's documentation (mvn site) under project/, linked from the About page. */
class ProjectDocsIT {
    @TempDir
    Path dir;

    @Test
    void theProjectsDocumentationIsPublishedUnderProjectAndLinkedFromTheAboutPageOnlyWhenGiven() throws IOException {
        TestSite site = new TestSite(dir).with(Source.UK, null, "2025-09-01T08:00:00Z", SiteBuildIT.UK_CI.formatted(
                "1 September 2025", "30 August 2025", "Test note one.", "all but essential", "version one"));
        assertThat(site.build(SiteBuildIT.BASE).errors()).isEmpty();
        assertThat(site.out().resolve("project")).doesNotExist();
        assertThat(site.html("about/index.html").select("a[href=../project/]")).isEmpty();

        Path docs = Files.createDirectories(dir.resolve("mvn-site/css"));
        Files.writeString(docs.getParent().resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><title>Docs</title>"
                + "<link rel=\"stylesheet\" href=\"css/site.css\"><a href=\"user-guide.html\">User guide</a>");
        Files.writeString(docs.getParent().resolve("user-guide.html"), "<!DOCTYPE html><html lang=\"en\"><title>Guide</title>");
        Files.writeString(docs.resolve("site.css"), "body {}");
        Path out = site.out();
        var result = new org.advisorycompare.build.SiteBuild(new BuildConfig(site.content(), site.templates(), out,
                SiteBuildIT.BASE, dir.resolve("cache"), docs.getParent())).run();
        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("project/index.html")).hasSameTextualContentAs(docs.getParent().resolve("index.html"));
        assertThat(out.resolve("project/css/site.css")).exists();
        assertThat(site.html("about/index.html").select("a[href=../project/]").text()).contains("documentation");
        assertThat(org.advisorycompare.check.SiteCheck.of(out, SiteBuildIT.BASE)).isEmpty();

        Files.writeString(docs.getParent().resolve("user-guide.html"), "<!DOCTYPE html><html lang=\"en\"><title>Guide 2</title>");
        new org.advisorycompare.build.SiteBuild(new BuildConfig(site.content(), site.templates(), out, SiteBuildIT.BASE,
                dir.resolve("cache"), docs.getParent())).run();
        assertThat(out.resolve("project/user-guide.html")).as("a change of the documentation is a change of the inputs")
                .content().contains("Guide 2");
    }
}
