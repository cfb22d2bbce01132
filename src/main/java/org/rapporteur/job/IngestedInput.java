package org.rapporteur.job;

import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.ReadOutcome;

/**
 * An input read in this run, ready to be stored.
 *
 * @param file        the input
 * @param fingerprint the version of the code that read it
 * @param outcome     what reading it gave
 */
record IngestedInput(InputFile file, String fingerprint, ReadOutcome outcome) {
}
