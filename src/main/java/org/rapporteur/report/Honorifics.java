package org.rapporteur.report;

/**
 * The titles of address written before a person's name, one definition for every reader of a report: the words as
 * regular-expression alternatives (no group, no full stop, no space), to be wrapped by each reader in the context it
 * needs ("(?:" + … + ")\\.?\\s+", a look-behind, a list of several).
 *
 * <p>The readers do not all take the same titles, and the differences are kept on purpose (taking the union changed
 * what some reader finds): {@link #ENGLISH} is common to all; a reader of a name's line in a list or a table adds
 * {@link #FRENCH}, {@link #SPANISH}, {@link #CLERGY}; a reader of running text takes the spelled-out words
 * {@link #SPELLED}; {@link #EXCELLENCY} is written with its inner full stop and without the last one, which the
 * reader adds ("H.E." or "H.E").
 */
final class Honorifics {

    /** "Mr", "Ms", "Mrs", "Dr": in every reader's list. */
    static final String ENGLISH = "Mr|Ms|Mrs|Dr";
    /** "Prof", abbreviated; {@link #PROFESSOR} spelled out. */
    static final String PROF = "Prof";
    static final String PROFESSOR = "Professor";
    /** "Mme", "Mlle": French. */
    static final String MME = "Mme";
    static final String MLLE = "Mlle";
    static final String FRENCH = MME + "|" + MLLE;
    /** "Sr", "Sra", "Srta": Spanish. */
    static final String SPANISH = "Sr|Sra|Srta";
    /** "Msgr": a prelate. */
    static final String CLERGY = "Msgr";
    /** "Ambassador" as a title before a name. */
    static final String AMBASSADOR = "Ambassador";
    /** "H.E" (His/Her Excellency), a space allowed after the inner stop; the last full stop is the reader's. */
    static final String EXCELLENCY = "H\\.\\s?E";
    /** "S.E" (Su/Son Excelencia), as {@link #EXCELLENCY}. */
    static final String EXCELENCIA = "S\\.\\s?E";
    /** Mr, Ms, Mrs, Mme, Dr, Prof: the abbreviations a reader of running text takes. */
    static final String ABBREVIATED = "Mr|Ms|Mrs|" + MME + "|Dr|" + PROF;
    /** The spelled-out titles a reader of running text takes. */
    static final String SPELLED = PROFESSOR + "|" + AMBASSADOR;

    private Honorifics() {
    }

    /** The alternatives given, as one group: {@code any("Mr", "Dr")} is "(?:Mr|Dr)". */
    static String any(String... alternatives) {
        return "(?:" + String.join("|", alternatives) + ")";
    }
}
