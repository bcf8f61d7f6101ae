package org.advisorycompare.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a document's bytes as strict UTF-8 (a leading BOM dropped, line ends made LF). */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(file, "the file is empty");
        }
        int start = hasBom(bytes) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new UnreadableDocumentException(file, "binary content (NUL bytes), not a text document");
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(file, "not valid UTF-8 text; save it as UTF-8 and import it again");
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
