package org.advisorycompare.incremental;

import org.advisorycompare.output.Pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryCacheTest {
    @TempDir
    Path dir;
    private final List<String> made = new ArrayList<>();

    @Test
    void aFeedThatGainedOneEntryMakesOnlyThatEntryAndKeepsOnlyItsCurrentEntries() throws IOException {
        feed("countries/mali/", "a", "b", "c");
        assertThat(made).containsExactly("a", "b", "c");

        made.clear();
        assertThat(feed("countries/mali/", "d", "a", "b")).containsExactly("html d", "html a", "html b");
        assertThat(made).as("only the new entry is made").containsExactly("d");

        made.clear();
        feed("countries/mali/", "c");
        assertThat(made).as("an entry the feed dropped was not kept").containsExactly("c");
        assertThat(files()).as("one file per feed").hasSize(1);
    }

    @Test
    void aFeedWhoseEntriesAreUnchangedDoesNotRewriteItsFile() throws IOException {
        feed("", "a", "b");
        Path file = files().get(0);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        feed("", "b", "a");
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000);
    }

    @Test
    void eachFeedHasItsOwnFileAndADamagedOneIsMadeAgain() throws IOException {
        feed("countries/mali/", "a");
        feed("governments/uk/", "a");
        assertThat(files()).hasSize(2);
        for (Path file : files()) {
            Files.writeString(file, "{ not json");
        }
        made.clear();
        assertThat(feed("countries/mali/", "a")).containsExactly("html a");
        assertThat(made).containsExactly("a");
    }

    @Test
    void withoutACacheFolderEveryEntryIsMade() {
        EntryCache none = new EntryCache(null, "");
        none.get(new Shown("a"), make("a"));
        none.get(new Shown("a"), make("a"));
        none.save();
        assertThat(made).containsExactly("a", "a");
    }

    private List<String> feed(String feed, String... inputs) {
        EntryCache cache = new EntryCache(dir.resolve("feed-entries"), feed);
        List<String> html = new ArrayList<>();
        for (String input : inputs) {
            html.add(cache.get(new Shown(input), make(input)).html());
        }
        cache.save();
        return html;
    }

    private Supplier<Pages.EntryText> make(String input) {
        return () -> {
            made.add(input);
            return new Pages.EntryText("html " + input, "text " + input);
        };
    }

    /** What a test entry shows. */
    private record Shown(String text) {
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("feed-entries"))) {
            return files.sorted().toList();
        }
    }
}
