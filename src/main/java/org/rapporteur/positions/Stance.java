package org.rapporteur.positions;

/** The stance toward a topic itself, as UN-REPORTS.md §5 defines it. */
public enum Stance {
    FOR,
    AGAINST,
    /** Conditional, wait-and-see or balanced views. */
    NEUTRAL;

    Stance negated() {
        return switch (this) {
            case FOR -> AGAINST;
            case AGAINST -> FOR;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
