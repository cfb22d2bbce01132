/** The command line: parses arguments with picocli, starts Spring only for commands that need it, and maps outcomes to exit codes. */
package org.rapporteur.cli;
