package org.rapporteur.store;

import org.rapporteur.inputs.InputKind;

/**
 * An input as the store knows it.
 *
 * @param kind        the kind of input (stored as its folder name, e.g. {@code reports})
 * @param source      the path relative to that folder, e.g. {@code 2019/report.txt}; what exports call the source
 * @param sha256      the content hash, hex
 * @param fingerprint the version of the code and reference data that read it: a change re-reads every input
 * @param rejected    true when the input was unusable as a whole
 */
public record InputRecord(InputKind kind, String source, String sha256, String fingerprint, boolean rejected) {
}
