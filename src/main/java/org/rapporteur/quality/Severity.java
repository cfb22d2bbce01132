package org.rapporteur.quality;

/** How serious a data-quality finding is. ERROR means the input was rejected as a whole. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
