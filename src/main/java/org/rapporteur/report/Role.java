package org.rapporteur.report;

/** What an entity did at a meeting. Order is the order of rows in participation tables. */
public enum Role {
    CHAIR,
    OFFICER,
    PANELLIST,
    STATEMENT,
    REPRESENTED,
    /** On a list of participants: the delegation came (one row per delegation and meeting). */
    DELEGATION
}
