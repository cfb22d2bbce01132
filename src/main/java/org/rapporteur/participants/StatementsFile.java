package org.rapporteur.participants;

import java.util.List;

import org.rapporteur.quality.Finding;

/** What a statements file gave: its statements (the good rows) and the problems found, each with its line. */
public record StatementsFile(List<Statement> statements, List<Finding> findings) {

    public StatementsFile {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
    }
}
