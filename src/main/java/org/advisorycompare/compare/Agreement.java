package org.advisorycompare.compare;

/** How the two governments' normalised national levels relate; {@link #key()} is the public value. */
public enum Agreement {
    AGREE("agree", "Agree"),
    US_STRICTER("us_stricter", "US stricter"),
    UK_STRICTER("uk_stricter", "UK stricter"),
    /** The normalised levels differ by two or more. */
    MATERIAL_DISAGREEMENT("material_disagreement", "Material disagreement"),
    /** A level is unknown or a government has no advice here: never guessed. */
    CANNOT_COMPARE("cannot_compare", "Cannot compare");

    private final String key;
    private final String label;

    Agreement(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** How far apart the two governments are, for sorting by severity: 3 material disagreement, 1 one stricter, 0 agree, -1 cannot compare. */
    public int severity() {
        return switch (this) {
            case MATERIAL_DISAGREEMENT -> 3;
            case US_STRICTER, UK_STRICTER -> 1;
            case AGREE -> 0;
            case CANNOT_COMPARE -> -1;
        };
    }

    /** The agreement of two normalised levels; either null means they cannot be compared. */
    public static Agreement of(Integer us, Integer uk) {
        if (us == null || uk == null) {
            return CANNOT_COMPARE;
        }
        int difference = us - uk;
        if (Math.abs(difference) >= 2) {
            return MATERIAL_DISAGREEMENT;
        }
        if (difference == 0) {
            return AGREE;
        }
        return difference > 0 ? US_STRICTER : UK_STRICTER;
    }
}
