/**
 * Operations: what makes an unattended run safe to schedule: one run at a time per output folder ({@link
 * org.rapporteur.operations.RunLock}) and a log file per run ({@link org.rapporteur.operations.RunLogFile}). Plain Java.
 */
package org.rapporteur.operations;
