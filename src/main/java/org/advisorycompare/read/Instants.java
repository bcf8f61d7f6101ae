package org.advisorycompare.read;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.advisorycompare.model.StatedDate;

/** ISO-8601 timestamps with an offset, normalised to UTC, keeping the source's own text. */
public final class Instants {
    private Instants() {
    }

    public static StatedDate read(String text) {
        String stated = text.strip();
        try {
            return new StatedDate(OffsetDateTime.parse(stated).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString(), stated);
        } catch (DateTimeParseException e) {
            return DateReader.read(stated.length() >= 10 ? stated.substring(0, 10) : stated).known()
                    ? new StatedDate(stated.substring(0, 10), stated) : StatedDate.UNKNOWN;
        }
    }
}
