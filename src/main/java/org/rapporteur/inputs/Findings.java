package org.rapporteur.inputs;

import java.util.List;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.Severity;

/** Small questions about a list of findings. */
final class Findings {

    private Findings() {
    }

    static boolean anyError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
