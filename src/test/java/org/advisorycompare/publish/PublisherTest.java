package org.advisorycompare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.advisorycompare.output.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path dir;

    @Test
    void deletingAFolderRemovesEveryLevelOfItOnSeveralThreadsButNotWhatALinkPointsTo() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "kept");
        Path old = dir.resolve(".site.previous-1");
        for (int country = 0; country < 30; country++) {
            for (int version = 0; version < 5; version++) {
                Path page = old.resolve("countries/c" + country + "/uk/v" + version + "/diff/index.html");
                Files.createDirectories(page.getParent());
                Files.writeString(page, "page");
            }
        }
        Files.writeString(old.resolve("index.html"), "top");
        Files.writeString(old.resolve("countries/index.html"), "second level");
        Files.createDirectories(old.resolve("empty/folder"));
        Files.createSymbolicLink(old.resolve("countries/link"), dir);
        Publisher.deleteQuietly(old);
        assertThat(old).doesNotExist();
        assertThat(outside).hasContent("kept");
        assertThat(dir).isDirectory();
    }

    @Test
    void aFolderOfSomeonesOwnFilesNamedAsTheSiteIsRefusedAndLeftUntouched() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("Documents"));
        Files.writeString(mine.resolve("notes.txt"), "precious");
        assertThatThrownBy(() -> new Publisher("manifest").begin(mine, null)).isInstanceOf(NotASiteException.class)
                .hasMessageContaining(mine.toString()).hasMessageContaining("not a site").hasMessageContaining("--out");
        assertThat(mine.resolve("notes.txt")).hasContent("precious");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileNamedAsTheSiteIsRefusedAndLeftUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("site"), "a file");
        assertThatThrownBy(() -> new Publisher("manifest").begin(file, null)).isInstanceOf(NotASiteException.class)
                .hasMessageContaining("is a file");
        assertThat(file).hasContent("a file");
    }

    @Test
    void anEmptyFolderOrAnEarlierSiteIsReplaced() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Publisher publisher = new Publisher("manifest");
        publish(publisher, empty, OutputFile.text("manifest", "1"), OutputFile.text("a.html", "a"));
        publish(publisher, empty, OutputFile.text("manifest", "2"), OutputFile.text("b.html", "b"));
        assertThat(empty.resolve("b.html")).hasContent("b");
        assertThat(empty.resolve("a.html")).doesNotExist();
    }

    private static void publish(Publisher publisher, Path out, OutputFile... files) {
        Publisher.Staging site = publisher.begin(out, null);
        try {
            List.of(files).forEach(site::write);
            site.commit();
        } finally {
            site.abort();
        }
    }

    @Test
    void publishReplacesTheWholeSite() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("old.html", "old")));
        new Publisher().publish(out, List.of(OutputFile.text("a/new.html", "new")));
        assertThat(out.resolve("old.html")).doesNotExist();
        assertThat(out.resolve("a/new.html")).hasContent("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedPublishLeavesThePreviousSiteIntact() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("index.html", "previous")));
        assertThatThrownBy(() -> new Publisher().publish(out,
                List.of(OutputFile.text("index.html", "new"), OutputFile.text("index.html", "clash"))))
                .isInstanceOf(PublishException.class).hasMessageContaining("index.html").hasMessageContaining("unchanged");
        assertThat(out.resolve("index.html")).hasContent("previous");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSmallChangeIsAppliedInPlaceLeavingUnchangedFilesUntouched() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a"), OutputFile.text("b/c.html", "c"),
                OutputFile.text("d/e.html", "e"), OutputFile.text("manifest", "1")));
        Object aBefore = Files.getAttribute(out.resolve("a.html"), "fileKey");
        Publisher.Staging site = new Publisher("manifest").begin(out, Set.of("a.html", "b/c.html", "d/e.html", "manifest"));
        site.write(OutputFile.reused("a.html", out.resolve("a.html")));
        site.write(OutputFile.reused("b/c.html", out.resolve("b/c.html")));
        site.write(OutputFile.text("f/g.html", "g"));
        site.write(OutputFile.text("manifest", "2"));
        assertThat(site.commit()).isEqualTo(4);
        assertThat(Files.getAttribute(out.resolve("a.html"), "fileKey")).isEqualTo(aBefore);
        assertThat(out.resolve("b/c.html")).hasContent("c");
        assertThat(out.resolve("f/g.html")).hasContent("g");
        assertThat(out.resolve("manifest")).hasContent("2");
        assertThat(out.resolve("d")).doesNotExist(); // its only file was removed, and the emptied folder with it
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void pagesMadeAgainWithTheBytesTheyHaveStayWhereTheyAreAndTheSiteIsUpdatedInPlace() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a"), OutputFile.text("b/c.html", "c"),
                OutputFile.text("d.html", "d"), OutputFile.text("manifest", "1")));
        Object aBefore = Files.getAttribute(out.resolve("a.html"), "fileKey");
        Object cBefore = Files.getAttribute(out.resolve("b/c.html"), "fileKey");
        // every page rendered again (the tool's code changed, say), most with the same bytes
        Publisher.Staging site = new Publisher("manifest").begin(out, Set.of("a.html", "b/c.html", "d.html", "manifest"));
        site.write(OutputFile.text("a.html", "a"));
        site.write(OutputFile.text("b/c.html", "c"));
        site.write(OutputFile.text("d.html", "D"));
        site.write(OutputFile.text("manifest", "2"));
        assertThat(site.commit()).isEqualTo(4);
        assertThat(Files.getAttribute(out.resolve("a.html"), "fileKey")).as("not written again").isEqualTo(aBefore);
        assertThat(Files.getAttribute(out.resolve("b/c.html"), "fileKey")).isEqualTo(cBefore);
        assertThat(out.resolve("d.html")).hasContent("D");
        assertThat(out.resolve("manifest")).hasContent("2");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileOfTheSameSizeWithOtherBytesIsWrittenAgain() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a"), OutputFile.text("b.html", "b"),
                OutputFile.text("manifest", "1")));
        Publisher.Staging site = new Publisher("manifest").begin(out, Set.of("a.html", "b.html", "manifest"));
        site.write(OutputFile.text("a.html", "a"));
        site.write(OutputFile.text("b.html", "x"));
        site.write(OutputFile.text("manifest", "2"));
        site.commit();
        assertThat(out.resolve("a.html")).hasContent("a");
        assertThat(out.resolve("b.html")).hasContent("x");
    }

    @Test
    void aManyFileChangeIsSwappedInWhole() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a"), OutputFile.text("manifest", "1")));
        Object aBefore = Files.getAttribute(out.resolve("a.html"), "fileKey");
        Publisher.Staging site = new Publisher("manifest").begin(out, Set.of("a.html", "manifest"));
        site.write(OutputFile.text("a.html", "A"));
        site.write(OutputFile.text("manifest", "2"));
        site.commit();
        assertThat(out.resolve("a.html")).hasContent("A");
        assertThat(Files.getAttribute(out.resolve("a.html"), "fileKey")).isNotEqualTo(aBefore);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anInPlaceUpdateInterruptedHalfwayIsFinishedByTheNextBuild() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a"), OutputFile.text("old.html", "old"),
                OutputFile.text("manifest", "1")));
        Path staging = Files.createDirectories(dir.resolve(".site.building-1"));
        Files.writeString(Files.createDirectories(staging.resolve("n")).resolve("new.html"), "new");
        Files.writeString(staging.resolve("a.html"), "A");
        Files.writeString(staging.resolve("manifest"), "2");
        new Journal(out, staging, "manifest", List.of("old.html"), List.of("a.html", "n/new.html", "manifest")).write();
        // the update ran as far as the first move, then the process died
        Files.delete(out.resolve("manifest"));
        Files.delete(out.resolve("old.html"));
        Files.move(staging.resolve("a.html"), out.resolve("a.html"), StandardCopyOption.REPLACE_EXISTING);

        new Publisher("manifest").begin(out, null).abort();

        assertThat(out.resolve("a.html")).hasContent("A");
        assertThat(out.resolve("n/new.html")).hasContent("new");
        assertThat(out.resolve("manifest")).hasContent("2");
        assertThat(out.resolve("old.html")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aJournalWhoseUpdateHadFinishedOnlyNeedsCleaningUp() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "A"), OutputFile.text("manifest", "2")));
        Path staging = Files.createDirectories(dir.resolve(".site.building-1"));
        new Journal(out, staging, "manifest", List.of(), List.of("a.html", "manifest")).write();

        new Publisher("manifest").begin(out, null).abort();

        assertThat(out.resolve("manifest")).hasContent("2");
        assertThat(out.resolve("a.html")).hasContent("A");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void recoverRemovesFoldersThatStoppedBuildsLeftButNothingElse() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a")));
        Files.writeString(Files.createDirectories(dir.resolve(".site.building-7/countries")).resolve("x.html"), "x");
        Files.writeString(Files.createDirectories(dir.resolve(".site.previous-8")).resolve("a.html"), "old");
        Files.createDirectories(dir.resolve(".other.building-9"));
        Files.createDirectories(dir.resolve("notes"));
        Publisher.recover(out);
        assertThat(dir.resolve(".site.building-7")).doesNotExist();
        assertThat(dir.resolve(".site.previous-8")).doesNotExist();
        assertThat(dir.resolve(".other.building-9")).as("another site's folder").exists();
        assertThat(dir.resolve("notes")).exists();
        assertThat(out.resolve("a.html")).hasContent("a");
    }

    /** Regression: a swap killed between moving the site aside and moving the new one in left no site until a build. */
    @Test
    void aSwapStoppedBetweenItsTwoRenamesGetsThePreviousSiteBack() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "old")));
        Files.move(out, dir.resolve(".site.previous-20")); // the first rename of a swap, and then the process was killed
        Files.writeString(Files.createDirectories(dir.resolve(".site.previous-3")).resolve("a.html"), "older");
        Files.writeString(Files.createDirectories(dir.resolve(".site.building-21")).resolve("a.html"), "new, maybe unfinished");
        Publisher.recover(out);
        assertThat(out.resolve("a.html")).hasContent("old");
        assertThat(dir.resolve(".site.previous-20")).doesNotExist();
        assertThat(dir.resolve(".site.previous-3")).doesNotExist();
        assertThat(dir.resolve(".site.building-21")).doesNotExist();
    }

    @Test
    void recoverFinishesAnInterruptedUpdateBeforeRemovingItsStagingFolder() throws IOException {
        Path out = dir.resolve("site");
        new Publisher().publish(out, List.of(OutputFile.text("a.html", "a"), OutputFile.text("manifest", "1")));
        Path staging = Files.createDirectories(dir.resolve(".site.building-1"));
        Files.writeString(staging.resolve("a.html"), "a2");
        Files.writeString(staging.resolve("manifest"), "2");
        new Journal(out, staging, "manifest", List.of(), List.of("a.html", "manifest")).write();
        Publisher.recover(out);
        assertThat(out.resolve("a.html")).hasContent("a2");
        assertThat(out.resolve("manifest")).hasContent("2");
        assertThat(staging).doesNotExist();
        assertThat(Journal.fileFor(out)).doesNotExist();
    }

    @Test
    void outputPathsCannotEscapeTheSite() {
        assertThatThrownBy(() -> OutputFile.text("../evil.html", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutputFile.text("/abs.html", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
