package org.advisorycompare.output;

import java.util.function.Supplier;

/**
 * How an output makes a file that an earlier build may already have made: it says what the file
 * shows, as a record, and how to render it; the build decides whether the previous site's bytes are
 * taken instead. An output never computes or sees a key.
 */
public interface Pages {
    /**
     * The file at {@code path}, showing nothing but {@code inputs} (a record: every component counts)
     * through {@code template} and the templates it uses (null: not rendered from a template).
     */
    OutputFile page(String path, String template, Record inputs, Supplier<String> render);

    /** The same for a file of bytes not rendered from a template (a compressed data file). */
    OutputFile file(String path, Record inputs, Supplier<byte[]> make);

    /**
     * The bytes an earlier build published at {@code path} from {@code inputs} (as {@link #file} made them, with the
     * same code and settings), for a file that is made faster from them than from nothing (the same file with one more
     * entry); null where the previous site's file there was made from other inputs, or is gone.
     */
    byte[] previous(String path, Record inputs);

    /** The entry texts one feed (its folder in the site) had in earlier builds, to be reused entry by entry. */
    EntryTexts entries(String feed);

    /** A feed's entry texts, each kept with the record of what it shows. */
    interface EntryTexts {
        /** The text of the entry showing {@code inputs}, made only when no earlier build made it. */
        EntryText get(Record inputs, Supplier<EntryText> make);

        /** Keeps the entries asked for since, for the next build. */
        void save();
    }

    /** A feed entry's HTML and plain text. */
    record EntryText(String html, String text) {
    }
}
