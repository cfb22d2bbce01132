package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One meeting, one Chair: the Chair is whom the first sentence naming a Chair names (two Co-Chairs named together
 * both stay). A person a later sentence reads as Chair ("She also welcomed the Chair of the Subsidiary Body for
 * Implementation, X (Costa Rica)", "The Bureau for 2025 had been presided over by Y (Kyrgyzstan)") is another body's
 * or another term's, and is left out, unless it is the same Chair again (with whoever a sentence names as Chair beside
 * it: Co-Chairs), or the person who presides for a State
 * elected to the Chair ("Chair: Togo", then "X (Togo) presided"), who then replaces the State's row.
 */
final class OneChair {

    private final List<Participation> chairs = new ArrayList<>();

    /** The rows of one sentence, in order, without the Chairs a sentence after the first one naming a Chair adds. */
    List<Participation> ofSentence(List<Participation> rows) {
        if (chairs.isEmpty()) {
            rows.stream().filter(p -> p.role() == Role.CHAIR).forEach(chairs::add);
            return rows;
        }
        // "co-chaired by A (Japan) and B (Nigeria)" after "opened by A, Co-Chair": B is named with the Chair, a Co-Chair
        boolean withTheChair = rows.stream().anyMatch(p -> p.role() == Role.CHAIR
                && chairs.stream().anyMatch(c -> sameChair(c, p)));
        List<Participation> out = new ArrayList<>();
        for (Participation p : rows) {
            if (p.role() != Role.CHAIR || withTheChair || chairs.stream().anyMatch(c -> sameChair(c, p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean sameChair(Participation chair, Participation p) {
        boolean samePerson = !chair.person().isEmpty() && chair.person().equals(p.person());
        boolean presidesForTheState = chair.person().isEmpty() && !p.person().isEmpty()
                && !chair.entity().code().isEmpty() && chair.entity().equals(p.entity());
        return samePerson || presidesForTheState;
    }

    /** The rows without a State's Chair row where a person presides for that State. */
    static List<Participation> withoutStatesPresidedFor(List<Participation> rows) {
        return rows.stream().filter(p -> !(p.role() == Role.CHAIR && p.person().isEmpty() && rows.stream().anyMatch(o ->
                o.role() == Role.CHAIR && !o.person().isEmpty() && o.entity().equals(p.entity())))).toList();
    }

    /** A person named as Chair in one place and as opening the meeting in another is one Chair, not also an officer. */
    static List<Participation> once(List<Participation> people) {
        List<Participation> out = new ArrayList<>();
        for (Participation p : people) {
            boolean outranked = p.role() == Role.OFFICER && !p.person().isEmpty() && people.stream().anyMatch(o ->
                    o.role() == Role.CHAIR && o.person().equals(p.person()) && o.entity().equals(p.entity()));
            boolean repeated = out.stream().anyMatch(o -> o.role() == p.role() && o.person().equals(p.person())
                    && o.entity().equals(p.entity()));
            if (!outranked && !repeated) {
                out.add(p);
            }
        }
        return out;
    }
}
