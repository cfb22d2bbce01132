package org.rapporteur.participants;

import java.util.List;

import org.rapporteur.quality.Finding;

/** What a list of participants gave: its delegates (the good rows) and the problems found, each with its line. */
public record ParticipantList(List<Delegate> delegates, List<Finding> findings) {

    public ParticipantList {
        delegates = List.copyOf(delegates);
        findings = List.copyOf(findings);
    }
}
