package org.rapporteur.export;

/** One label/value line of the workbook's Summary sheet (run time, inputs read, rejected, meetings, warnings). */
public record SummaryLine(String label, Object value) {
}
