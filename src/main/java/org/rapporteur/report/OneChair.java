package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One meeting, one Chair: the Chair is whom the first sentence naming a Chair names (two Co-Chairs named together
 * both stay). A person a later sentence reads as Chair ("She also welcomed the Chair of the Subsidiary Body for
 * Implementation, X (Costa Rica)", "The Bureau for 2025 had been presided over by Y (Kyrgyzstan)") is another body's
 * or another term's, and is left out, unless it is the same Chair again (with whoever a sentence names as Chair beside
 * it: Co-Chairs), or the person who presides for a State
 * elected to the Chair ("Chair: Togo", then "X (Togo) presided"), who then replaces the State's row.
 *
 * <p>A Chair who leaves is replaced by whom a later sentence elects or names to serve as Chair for the rest of the
 * session or term ("elected X (Y) as Chair, or as President, for the remainder of the session", "Vice-Chair X (Y) would serve as Chair
 * until the end of the term"): that person is the Chair, and the Chair before stays an officer of the session (who
 * chaired part of it), unless the report says that Chair resigned or stepped down (then no officer of this session).
 * An Acting Chair for a sitting replaces nobody; whoever presided over the session as Acting Chair is a Chair too
 * ({@link ThoseWhoPresided}).
 */
final class OneChair {

    /** The words after a person who takes over the Chair for the rest of the session or term. */
    private static final Pattern TAKES_OVER = Pattern.compile("(?i)^[^;()]{0,30}?\\b(?:as\\s+(?:its\\s+|the\\s+)?"
            + "(?:Chair(?:person|man|woman)?|President)\\s+(?:for|during)\\s+the\\s+(?:remainder|rest|balance)\\s+of\\s+(?:the|its|his|her)"
            + "\\s+(?:session|term|mandate)|(?:serve|act|continue)\\s+as\\s+(?:its\\s+|the\\s+)?(?:Chair(?:person|man|woman)?|President)"
            + "\\s+(?:until|for)\\s+the\\s+(?:end|close|expiry|remainder|rest)\\s+of\\s+the\\s+(?:term|session|mandate))");
    /** "X (Austria), had taken up other functions and had stepped down", "X (Peru) resigned": left office before. */
    private static final String LEFT_OFFICE = "\\s*(?:\\([^()]*\\))?[^.;()]{0,60}?\\b(?:resigned|stepped\\s+down)\\b";

    private final List<Participation> chairs = new ArrayList<>();
    private final List<Participation> replaced = new ArrayList<>();
    private final List<String> resigned = new ArrayList<>();
    private final List<Participation> laterChairs = new ArrayList<>();

    /**
     * The rows of one sentence, in order, without the Chairs a sentence after the first one naming a Chair adds
     * (unless one takes over the Chair).
     */
    List<Participation> ofSentence(List<Participation> rows, String sentence) {
        // the pattern starts with the name, quoted: a sentence without the name is not searched (nor the pattern made)
        chairs.stream().map(Participation::person).filter(person -> !person.isEmpty() && sentence.contains(person)
                && Pattern.compile(Pattern.quote(person) + LEFT_OFFICE).matcher(sentence).find()).forEach(resigned::add);
        if (chairs.isEmpty()) {
            rows.stream().filter(p -> p.role() == Role.CHAIR).forEach(chairs::add);
            return rows;
        }
        Participation successor = rows.stream().filter(p -> p.role() == Role.CHAIR && !p.person().isEmpty()
                && chairs.stream().noneMatch(c -> sameChair(c, p)) && takesOver(p, sentence)).findFirst().orElse(null);
        if (successor != null) {
            replaced.addAll(chairs);
            chairs.clear();
            chairs.add(successor);
            return rows.stream().filter(p -> p.role() != Role.CHAIR || p == successor).toList();
        }
        // "co-chaired by A (Japan) and B (Nigeria)" after "opened by A, Co-Chair": B is named with the Chair, a Co-Chair
        boolean withTheChair = rows.stream().anyMatch(p -> p.role() == Role.CHAIR
                && chairs.stream().anyMatch(c -> sameChair(c, p)));
        List<Participation> out = new ArrayList<>();
        for (Participation p : rows) {
            if (p.role() != Role.CHAIR || withTheChair || chairs.stream().anyMatch(c -> sameChair(c, p))) {
                out.add(p);
            } else {
                laterChairs.add(p);
            }
        }
        return out;
    }

    /** The persons a later sentence named as Chair and {@link #ofSentence} left out: {@link ThoseWhoPresided}'s. */
    List<Participation> laterChairs() {
        return List.copyOf(laterChairs);
    }

    private static boolean takesOver(Participation p, String sentence) {
        int at = sentence.indexOf(p.person());
        int close = sentence.indexOf(')', at);
        return at >= 0 && TAKES_OVER.matcher(sentence.substring(close < 0 ? at + p.person().length() : close + 1)).find();
    }

    /** The rows with a replaced Chair made an officer (or left out where the report says that Chair resigned). */
    List<Participation> withSuccessor(List<Participation> rows) {
        List<Participation> out = new ArrayList<>();
        for (Participation p : rows) {
            boolean wasChair = p.role() == Role.CHAIR && replaced.stream().anyMatch(c -> sameChair(c, p) || c == p);
            if (!wasChair) {
                out.add(p);
            } else if (!resigned.contains(p.person())) {
                out.add(new Participation(p.paragraph(), Role.OFFICER, p.entity(), p.nameAsWritten(), p.person(),
                        p.onBehalfOf(), p.category(), p.capacity(), p.provisional()));
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
