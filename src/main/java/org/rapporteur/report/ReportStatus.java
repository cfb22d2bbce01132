package org.rapporteur.report;

/** Whether a report is a draft (an {@code L.} symbol, "Distr.: Limited") or the final report. */
public enum ReportStatus {
    DRAFT,
    FINAL,
    /** A conference room paper ({@code CRP.}). */
    CONFERENCE_ROOM_PAPER,
    UNKNOWN
}
