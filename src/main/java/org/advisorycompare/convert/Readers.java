package org.advisorycompare.convert;

import java.util.List;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Source;

/** The document readers in the order they are tried; the last one accepts any text. */
public final class Readers {
    private final List<DocumentReader> readers;

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard(Countries countries) {
        return new Readers(List.of(new GovUkTextReader(countries), new PlainTextReader(countries)));
    }

    public DocumentReader forDocument(Source source, String fileName, String text) {
        return readers.stream().filter(r -> r.accepts(source, fileName, text)).findFirst()
                .orElseThrow(() -> new UnreadableDocumentException(fileName, "no reader understands this document"));
    }

    /** Decodes and reads a document of this source. */
    public Extraction read(Source source, String fileName, byte[] bytes) {
        String text = TextDecoder.decode(fileName, bytes);
        return forDocument(source, fileName, text).read(text);
    }
}
