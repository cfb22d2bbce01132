package org.rapporteur.quality;

/** What a data-quality finding is about; exported in the {@code code} column of data-quality.csv. */
public enum FindingCode {
    /** The input could not be read at all (I/O error, permissions). */
    UNREADABLE_FILE(Severity.ERROR),
    /** A folder of the input tree whose files cannot be listed (permissions): none of them is read. */
    UNREADABLE_FOLDER(Severity.ERROR),
    /** A symbolic link in the input tree whose target does not exist. */
    BROKEN_LINK(Severity.ERROR),
    /** A symbolic link to a folder above it in the input tree: not followed. */
    LINK_LOOP(Severity.ERROR),
    /** The input has no text. */
    EMPTY_FILE(Severity.ERROR),
    /** The bytes are not valid in the expected encoding. */
    ENCODING_ERROR(Severity.ERROR),
    /** The input is larger than the configured limit. */
    FILE_TOO_LARGE(Severity.ERROR),
    /** A line of text longer than the configured limit: not a report, and a risk to memory. */
    LINE_TOO_LONG(Severity.ERROR),
    /** The content is of no format Rapporteur reads (random bytes, a .doc, a zip that is not a Word document). */
    UNSUPPORTED_FORMAT(Severity.ERROR),
    /** The document is protected by a password. */
    ENCRYPTED_DOCUMENT(Severity.ERROR),
    /** The document is damaged: its format is recognised but it cannot be opened. */
    DAMAGED_DOCUMENT(Severity.ERROR),
    /** A PDF without a text layer (a scan); OCR is not supported. */
    NO_TEXT_LAYER(Severity.ERROR),
    /** The document would expand beyond safe limits when opened (a zip bomb). */
    UNSAFE_DOCUMENT(Severity.ERROR),
    /** The content is of another format than the file name says; it was read by its content. */
    FORMAT_MISMATCH(Severity.WARNING),
    /** The text is not UTF-8 and was read as Windows-1252; check the accented letters. */
    ENCODING_GUESSED(Severity.WARNING),
    /** The text has neither a document symbol nor numbered paragraphs: not a meeting report. */
    NOT_A_REPORT(Severity.ERROR),
    /** Reading the input failed in an unexpected way (a defect of Rapporteur): the input is set aside, the run goes on. */
    PARSER_FAILURE(Severity.ERROR),
    /** The document symbol could not be found; the meeting is keyed by the file name. */
    MISSING_SYMBOL(Severity.WARNING),
    /** The report does not say which meeting or session of its body it is; session_number is left empty. */
    MISSING_SESSION(Severity.INFO),
    /** No sitting or meeting dates were found. */
    MISSING_DATES(Severity.WARNING),
    /** A name that resolves to no known entity. */
    UNKNOWN_ENTITY(Severity.WARNING),
    /**
     * A name with letters lost to the file's encoding ("Kova?evi?"): kept as written; a State or organisation is
     * resolved when exactly one known name fits.
     */
    UNREADABLE_NAME(Severity.WARNING),
    /** A name followed by an acronym that belongs to another entity ("Council of Europe (OSCE)"); the name is taken. */
    ACRONYM_CONFLICT(Severity.WARNING),
    /** A name whose full form is not in the reference tables, resolved by the acronym written after it. */
    RESOLVED_BY_ACRONYM(Severity.INFO),
    /** A name of a kind the reference tables do not list (NGO, academia, private sector); kept as written. */
    UNLISTED_ENTITY(Severity.INFO),
    /** The same entity listed twice in one list. */
    DUPLICATE_ENTITY(Severity.WARNING),
    /** A draft placeholder such as "[…]" where a value is still to be filled in. */
    PLACEHOLDER(Severity.WARNING),
    /** A bracketed provisional value of a draft, e.g. "[3 and 4] April 2018". */
    PROVISIONAL_VALUE(Severity.INFO),
    /** An attendance count phrase whose category is not recognised. */
    UNKNOWN_CATEGORY(Severity.WARNING),
    /** A draft report whose meeting also has a final report: the final report's facts win. */
    SUPERSEDED_REPORT(Severity.INFO),
    /** A row of a CSV input (an overrides file, a list of participants) that cannot be used; the others are. */
    MALFORMED_ROW(Severity.WARNING),
    /** A row of a list of participants or of statements that was left out (no name, no delegation, unknown
     * delegation, missing cells); the other rows of the file are loaded. */
    REJECTED_ROW(Severity.ERROR),
    /** A tabular input that is not readable as CSV or Excel. */
    MALFORMED_FILE(Severity.ERROR),
    /** A tabular input without a column it needs. */
    MISSING_COLUMN(Severity.ERROR),
    /** A list of participants or statements that names no meeting (no Meeting column, no symbol in its file name). */
    MISSING_MEETING(Severity.ERROR),
    /** The same person listed twice for one delegation and meeting; counted once. */
    DUPLICATE_PARTICIPANT(Severity.WARNING),
    /** A total or other summary line under a list of participants: not a person, not counted. */
    SUMMARY_ROW(Severity.INFO),
    /** A list of participants or statements for a meeting that has no report yet: kept, joined when it arrives. */
    AWAITING_REPORT(Severity.INFO),
    /** A list of participants or statements file with its header and no row under it: nothing is counted from it. */
    NO_ROWS(Severity.WARNING),
    /** An analyst's override that matches no sentence of the current inputs. */
    UNUSED_OVERRIDE(Severity.WARNING),
    /** Text that did not fit the report structure and was left out of the paragraphs. */
    UNSTRUCTURED_TEXT(Severity.INFO),
    /** A paragraph that repeats an earlier one word for word: read once, so that its positions count once. */
    DUPLICATE_PARAGRAPH(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
