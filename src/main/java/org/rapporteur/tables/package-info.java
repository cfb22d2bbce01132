/**
 * The export tables: each one a row record whose nested {@code Column} enum is its header, in order (the CSV's and
 * the sheet's), built once per run by {@link org.rapporteur.tables.ExportTables} from the stored facts, meeting by
 * meeting, and written to its CSV file and its sheet from the same rows ({@link org.rapporteur.tables.TableFiles}).
 * Where a row's values come from is its builder ({@code Participation}, {@code Delegations}, {@code Matrix},
 * {@code Positions}, ...). To add a column: a component of the row record, a constant of its enum, and the value where
 * the builder makes the row. {@link org.rapporteur.tables.AnalystWorkbook} says what the workbook shows beyond the
 * tables (the Overview, the charts, layouts).
 */
package org.rapporteur.tables;
