/**
 * Synthetic meeting reports in the UN form, written with their truth (symbol, session, dates, Member States
 * attending, States that spoke, Chair), and {@code benchmark-nightly}, which runs the nightly job on them, times it
 * against the bare read-and-split loop over the same files and checks the exported facts against the truth.
 */
package org.rapporteur.benchmark;
