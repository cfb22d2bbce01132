/**
 * Report parsing: from the plain text of a UN meeting report to the facts it states (symbol, dates, venue,
 * paragraphs, attendance, who spoke and who led), together with the problems found on the way.
 * {@link org.rapporteur.report.ReportParser} is the entry point; the classes it uses are named after the stages the
 * text passes through (page cleaning, paragraph assembly, extraction of meeting facts, attendance and participants).
 */
package org.rapporteur.report;
