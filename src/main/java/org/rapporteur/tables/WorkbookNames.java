package org.rapporteur.tables;

/**
 * What the workbook's sheets show beside the CSV files' values: entities' and topics' names beside their codes
 * ({@link Lookups}), and the sentence each attendance and participation row comes from ({@link Evidence}). Either may
 * be null: the sheets then show the CSV files' columns only.
 *
 * @param lookups  names by code
 * @param evidence sentences by place
 */
public record WorkbookNames(Lookups lookups, Evidence evidence) {

    /** Nothing beside the CSV files' columns. */
    public static final WorkbookNames NONE = new WorkbookNames(null, null);
}
