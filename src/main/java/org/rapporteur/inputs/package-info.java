/**
 * Inputs: what an input folder holds and what reading each input gives. {@link org.rapporteur.inputs.InputFinder}
 * lists every file of the three input folders ({@link org.rapporteur.inputs.InputKind}); one
 * {@link org.rapporteur.inputs.InputReader} per kind reads a file into its facts or rejects it with findings
 * ({@link org.rapporteur.inputs.ReadOutcome}). Every decision about an input (its format, its limits, whether it is
 * usable) is taken here, in plain Java; the nightly job only calls a reader and stores what it returns.
 */
package org.rapporteur.inputs;
