package org.rapporteur.inputs;

import java.util.List;

import org.rapporteur.quality.Finding;

/**
 * What reading one input gave: its facts, or its rejection. Either way the findings go to data-quality.csv and the
 * input to the run's manifest.
 */
public sealed interface ReadOutcome {

    /** The hex SHA-256 of the bytes read; "" when the file could not be read at all. */
    String sha256();

    /** Every problem found, in the order found; a rejection has at least one ERROR. */
    List<Finding> findings();

    /** The input was usable: its facts (and the problems of single rows or paragraphs among its findings). */
    record Read(String sha256, InputFacts facts) implements ReadOutcome {

        @Override
        public List<Finding> findings() {
            return facts.findings();
        }
    }

    /** The input was unusable as a whole: it contributes nothing but its findings. */
    record Rejected(String sha256, List<Finding> findings) implements ReadOutcome {

        public Rejected {
            findings = List.copyOf(findings);
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("a rejection says why");
            }
        }
    }
}
