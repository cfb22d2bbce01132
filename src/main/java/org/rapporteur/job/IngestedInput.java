package org.rapporteur.job;

import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.ReadOutcome;

/**
 * An input read in this run, ready to be stored.
 *
 * @param file        the input
 * @param fingerprint the version of the code that read it
 * @param outcome     what reading it gave
 * @param stat        its file's size and time, taken before it was read; null when not known or not settled
 */
record IngestedInput(InputFile file, String fingerprint, ReadOutcome outcome, FileStat stat) {

    /** An input whose file's stat is not known. */
    IngestedInput(InputFile file, String fingerprint, ReadOutcome outcome) {
        this(file, fingerprint, outcome, null);
    }
}
