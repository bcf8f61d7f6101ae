package org.advisorycompare.convert;

import org.advisorycompare.read.ca.CanadaCaptureReader;

import org.advisorycompare.read.ca.CanadaJsonReader;

import org.advisorycompare.read.us.StateCaptureReader;

import org.advisorycompare.read.us.StateItemJsonReader;

import org.advisorycompare.read.us.StateRssReader;

import org.advisorycompare.read.uk.GovUkTextReader;

import org.advisorycompare.read.uk.GovUkTextCaptureReader;

import org.advisorycompare.read.uk.GovUkCaptureReader;

import org.advisorycompare.read.uk.GovUkJsonReader;

import org.advisorycompare.read.PlainTextReader;

import org.advisorycompare.read.NotAdvice;

import org.advisorycompare.read.NotAdviceException;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.Nesting;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import java.util.List;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Source;

/** The document readers in the order they are tried; the last one accepts any text. */
public final class Readers {
    private final List<DocumentReader> readers;

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard(Countries countries) {
        return new Readers(List.of(new GovUkJsonReader(), new GovUkCaptureReader(),
                new GovUkTextCaptureReader(), new StateRssReader(), new StateItemJsonReader(),
                new StateCaptureReader(), new CanadaJsonReader(countries), new CanadaCaptureReader(countries), new HtmlPageReader(), new GovUkTextReader(),
                new PlainTextReader(countries)));
    }

    public DocumentReader forDocument(Source source, RawDocument document) {
        if (document.size() > RawDocument.MAX_BYTES) {
            throw new UnreadableDocumentException(document.name(), "is " + document.size() / (1024 * 1024)
                    + " MB; documents over " + RawDocument.MAX_BYTES / (1024 * 1024) + " MB are refused");
        }
        Nesting.check(document);
        return readers.stream().filter(r -> r.accepts(source, document)).findFirst()
                .orElseThrow(() -> new UnreadableDocumentException(document.name(), "is not a shape we read for "
                        + source.key() + " (" + sniff(document) + "); see README, 'Document shapes'"));
    }

    private static String sniff(RawDocument document) {
        if (document.isFolder()) {
            return "a folder of " + document.files().size() + " files";
        }
        String head = document.head();
        if (head.startsWith("{") || head.startsWith("[")) {
            return "JSON of another kind";
        }
        return head.startsWith("<") ? "XML or HTML of another kind" : "unrecognised content";
    }

    /** Reads a document of this source with the first reader that accepts it. */
    public Extraction read(Source source, RawDocument document) {
        return read(forDocument(source, document), document);
    }

    /**
     * Reads with this reader, and sets aside what is not advice ({@link NotAdviceException}); any failure of the
     * reader on this document (a stack exhausted by a deeply nested one, a library's own exception) is this
     * document's problem only, named, never the run's.
     */
    public static Extraction read(DocumentReader reader, RawDocument document) {
        return bounded(document, NotAdvice.check(document, isolated(document, () -> reader.read(document))));
    }

    /** The most a document's title, notes, level sentences and named regions may come to (they go into front matter). */
    static final int MAX_METADATA_CHARS = 64 * 1024;

    /** Refuses a document whose metadata alone is larger than any advisory's: its version file could not be read back fast. */
    private static Extraction bounded(RawDocument document, Extraction e) {
        Level l = e.level();
        long chars = length(e.title()) + length(e.changeNote()) + length(l.nationalNative()) + length(l.regionalNative())
                + length(l.nationalSource()) + length(l.regionalSource()) + length(e.details().url())
                + e.details().regions().stream().mapToLong(Readers::length).sum()
                + e.details().indicators().stream().mapToLong(Readers::length).sum();
        if (chars > MAX_METADATA_CHARS) {
            throw new UnreadableDocumentException(document.name(), "its title, change note, level sentences and named regions come to "
                    + chars / 1024 + " KB, more than the " + MAX_METADATA_CHARS / 1024 + " KB any advisory needs; set aside");
        }
        return e;
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }

    static <T> T isolated(RawDocument document, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.advisorycompare.error.AdvisoryCompareException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(document.name(), "is nested too deeply to read (the reader ran out of stack); set aside");
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(document.name(), "could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + "); set aside");
        }
    }

    /** The documents a collected file holds (a whole feed holds one per destination). */
    public DocumentReader.Split split(Source source, RawDocument document) {
        DocumentReader reader = forDocument(source, document);
        return isolated(document, () -> reader.split(document));
    }

    /** Reads a single file of this source. */
    public Extraction read(Source source, String fileName, byte[] bytes) {
        return read(source, RawDocument.single(fileName, bytes));
    }
}
