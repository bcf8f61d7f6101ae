package org.advisorycompare.model;

/**
 * A government's level of advice, in its own words beside the normalised scale.
 *
 * <p>Normalised scale: N1 normal precautions, N2 increased caution, N3 reconsider travel / against
 * all but essential travel, N4 do not travel / against all travel. {@code national} is the level for
 * the whole country; {@code regional} the highest level for named parts of it. A null normalised
 * value means the document does not state that level: "unknown".
 *
 * @param nationalDerived whether the national level is this site's reading of what the document states
 *                        rather than a statement of it (GOV.UK's complete page stating no advice against the
 *                        whole country; advice for parts that together cover the whole country): then
 *                        {@code nationalNative} is the site's own wording, never shown as the government's
 * @param nationalSource  the sentence of the document the national level was read from, where it is one
 * @param regionalSource  the sentence the regional level was read from, where it is one
 */
public record Level(Integer national, String nationalNative, Integer regional, String regionalNative,
        boolean nationalDerived, String nationalSource, String regionalSource) {
    public static final Level UNKNOWN = new Level(null, null, null, null);

    /** A level stated in so many words: each one's wording is the sentence it was read from. */
    public Level(Integer national, String nationalNative, Integer regional, String regionalNative) {
        this(national, nationalNative, regional, regionalNative, false, national == null ? null : nationalNative,
                regional == null ? null : regionalNative);
    }

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

    /** Whether the document states its national level itself (not unknown, not the site's reading). */
    public boolean nationalStated() {
        return national != null && !nationalDerived;
    }

    /** The same level with the sentence each part was read from. */
    public Level withSources(String national, String regional) {
        return new Level(this.national, nationalNative, this.regional, regionalNative, nationalDerived, national, regional);
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
        return RecordText.of("Level", national, nationalNative, regional, regionalNative, nationalDerived, nationalSource,
                regionalSource);
    }
}
