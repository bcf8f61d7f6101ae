package org.advisorycompare.model;

/**
 * A government's level of advice, in its own words beside the normalised scale.
 *
 * <p>Normalised scale: N1 normal precautions, N2 increased caution, N3 reconsider travel / against
 * all but essential travel, N4 do not travel / against all travel. {@code national} is the level for
 * the whole country; {@code regional} the highest level for named parts of it. A null normalised
 * value means the document does not state that level: "unknown".
 */
public record Level(Integer national, String nationalNative, Integer regional, String regionalNative) {
    public static final Level UNKNOWN = new Level(null, null, null, null);

    public Level {
        checkRange(national);
        checkRange(regional);
    }

    private static void checkRange(Integer value) {
        if (value != null && (value < 1 || value > 4)) {
            throw new IllegalArgumentException("normalised level must be 1-4, was " + value);
        }
    }

    public boolean nationalKnown() {
        return national != null;
    }

    /** The strictest level that applies anywhere in the country, or null when neither is known. */
    public Integer highest() {
        if (national == null) {
            return regional;
        }
        return regional == null ? national : Math.max(national, regional);
    }

    @Override
    public String toString() {
        return RecordText.of("Level", national, nationalNative, regional, regionalNative);
    }
}
