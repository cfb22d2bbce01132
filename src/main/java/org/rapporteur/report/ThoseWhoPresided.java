package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * Whoever presided over the session is its Chair: the elected Chair if they presided, and an Acting Chair who presided
 * in the elected one's absence over the session, from its start or over a share of it (both, when each presided over
 * part of it). An elected Chair who never presided, because an Acting Chair presided over the whole session, is an
 * officer. A Vice-Chair or Rapporteur who stood in for a sitting or two while the Chair presided over the rest, or who
 * presided without being called Acting Chair and not from some point to the end, stays an officer.
 *
 * <p>The sentences that say who presided often name the person by surname alone ("Ms. Okoro, as Acting Chair, presided
 * on the opening day", "from the third sitting onwards Mr. Lindqvist presided"), so a person is found in them by the
 * full name or by an honorific and the surname of a person the report has named with a State.
 */
final class ThoseWhoPresided {

    // ACTING and TOOK_OVER are tried on every sentence of every report: guarded, they run only where their words are
    private static final GuardedPattern ACTING = GuardedPattern.compile("(?i)\\b(?:acting|interim)\\s+"
            + "(?:chair(?:person|man|woman)?|president)\\b|\\bchair(?:person|man|woman)?\\s+a\\.\\s?i\\.");
    private static final Pattern PRESIDED = Pattern.compile("(?i)\\b(?:presided|chaired|opened|served|acted|took\\s+the\\s+chair"
            + "|assumed\\s+the\\s+chair)\\b");
    /** Took the chair or presided, said of the person named before it. */
    private static final GuardedPattern TOOK_OVER = GuardedPattern.compile(
            "(?i)\\b(?:(?:took|assumed|resumed)\\s+the\\s+chair|presided)\\b");
    /**
     * From some point to the end, not once: "over the rest of the session", "from the 4th sitting onwards", "until
     * the close". "Took the chair" alone, at one sitting, is standing in.
     */
    private static final Pattern TO_THE_END = Pattern.compile("(?i)\\b(?:remainder|rest|balance)\\s+of\\b"
            + "|\\bfrom\\s+(?:the|its)\\s+[\\p{L}\\d-]+\\s+(?:meeting|sitting|day)\\s+(?:on|onwards?)\\b"
            + "|\\b(?:until|to)\\s+(?:the|its)\\s+(?:close|closure|end)\\b(?!\\s+of\\s+(?:that|the\\s+(?:[\\p{L}\\d-]+\\s+)?"
            + "(?:sitting|morning|afternoon|day)))");
    /** Over the whole session: "presided over the session", "throughout the session", "over all its meetings". */
    private static final Pattern WHOLE = Pattern.compile("(?i)\\b(?:presided|chaired)\\s+(?:over\\s+)?(?:the\\s+)?(?:whole"
            + "\\s+|entire\\s+)?(?:session|meeting)(?!s)\\b(?!\\s+(?:on|of)\\s)|\\bthroughout\\s+the\\s+(?:session|meeting)\\b"
            + "|\\ball\\s+(?:the\\s+|its\\s+|of\\s+the\\s+)?(?:plenary\\s+)?(?:meetings|sittings)\\b"
            + "|\\bfor\\s+the\\s+(?:duration|whole)\\s+of\\s+the\\s+(?:session|meeting)\\b");
    /**
     * From its start or over a share of it: "the 1st meeting", "the first two sittings", "the 1st and 2nd meetings",
     * "most of the meetings"; not any two later ones ("at the 5th and 6th meetings", standing in).
     */
    private static final Pattern OPENING_OR_SEVERAL = Pattern.compile("(?i)\\b(?:1st|first|opening)\\b[^.;]{0,30}?"
            + "\\b(?:meetings?|sittings?|plenary|day)\\b|\\b(?:most|(?:the\\s+)?(?:majority|bulk|greater\\s+part|half))"
            + "\\s+of\\s+(?:the|its)\\s+(?:session|meetings|sittings)\\b|\\bfrom\\s+the\\s+(?:start|outset|beginning)\\b"
            + "|\\bopened\\b");
    private static final Pattern ABSENT = Pattern.compile("\\b[Aa]bsence\\s+of\\s+(?:"
            + Honorifics.any(Honorifics.ABBREVIATED, Honorifics.SPELLED) + "\\.?\\s+)?" + "(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}$");
    private static final String HONORIFIC = Honorifics.any(Honorifics.ABBREVIATED, Honorifics.SPELLED) + "\\.?\\s+";
    /** A person named by honorific before the verb: someone else is its subject. */
    private static final Pattern HONORIFIC_AND_NAME = Pattern.compile("\\b" + HONORIFIC + "\\p{Lu}");
    /** "Ms. Okoro's absence", read after the name. */
    private static final Pattern POSSESSIVE_ABSENCE = Pattern.compile("['’]s\\s+absence\\b");

    private ThoseWhoPresided() {
    }

    /**
     * The rows with whoever presided as Chair.
     *
     * @param rows      the officers and Chairs kept so far (one Chair per meeting)
     * @param laterChairs the persons a later sentence named as Chair, left out until now
     * @param sentences the report's sentences in order
     */
    static List<Participation> of(List<Participation> rows, List<Participation> laterChairs, List<String> sentences) {
        List<Participation> persons = new ArrayList<>(rows);
        persons.addAll(laterChairs);
        List<Participation> presided = new ArrayList<>();
        List<Participation> actingWhole = new ArrayList<>();
        for (String sentence : sentences) {
            boolean acting = ACTING.matcher(sentence).find();
            boolean tookOver = TOOK_OVER.matcher(sentence).find() && TO_THE_END.matcher(sentence).find();
            if (!(acting && PRESIDED.matcher(sentence).find()) && !tookOver) {
                continue;
            }
            for (Participation p : persons) {
                if (p.person().isEmpty() || !named(p.person(), sentence)) {
                    continue;
                }
                if (tookOver && tookOverHere(p.person(), sentence)) {
                    presided.add(p);
                } else if (acting && WHOLE.matcher(sentence).find()) {
                    presided.add(p);
                    actingWhole.add(p);
                } else if (acting && OPENING_OR_SEVERAL.matcher(sentence).find()) {
                    presided.add(p);
                }
            }
        }
        if (presided.isEmpty()) {
            return rows;
        }
        List<Participation> out = new ArrayList<>();
        for (Participation p : rows) {
            boolean presidedHere = presided.stream().anyMatch(o -> same(o, p));
            if (p.role() == Role.CHAIR && !presidedHere && !actingWhole.isEmpty()
                    && actingWhole.stream().noneMatch(o -> same(o, p))) {
                out.add(as(p, Role.OFFICER)); // elected, but an Acting Chair presided over the whole session
            } else if (p.role() == Role.OFFICER && presidedHere) {
                out.add(as(p, Role.CHAIR));
            } else {
                out.add(p);
            }
        }
        for (Participation p : laterChairs) {
            if (presided.stream().anyMatch(o -> same(o, p)) && out.stream().noneMatch(o -> same(o, p))) {
                out.add(p);
            }
        }
        return out;
    }

    /** "Mr. Lindqvist presided …" and not "…, after Ms. Okoro, Mr. Lindqvist presided": the subject. */
    private static boolean tookOverHere(String person, String sentence) {
        int[] at = mention(person, sentence);
        if (at == null) {
            return false;
        }
        String after = sentence.substring(at[1]);
        java.util.regex.Matcher m = TOOK_OVER.matcher(after);
        return m.find() && !HONORIFIC_AND_NAME.matcher(after.substring(0, m.start())).find();
    }

    /** Named, and not as the one who was absent ("in the absence of Ms. Okoro, …", "in Ms. Okoro's absence"). */
    private static boolean named(String person, String sentence) {
        int[] at = mention(person, sentence);
        return at != null && !ABSENT.matcher(sentence.substring(0, at[0])).find()
                && !POSSESSIVE_ABSENCE.matcher(sentence).region(at[1], sentence.length()).lookingAt();
    }

    /** Where the person is named: the full name, or an honorific and the last word of the name; null for nowhere. */
    private static int[] mention(String person, String sentence) {
        int full = sentence.indexOf(person);
        if (full >= 0) {
            return new int[] {full, full + person.length()};
        }
        String[] words = person.strip().split("\\s+");
        String last = words[words.length - 1];
        var m = Pattern.compile("\\b" + HONORIFIC + "(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}" + Pattern.quote(last) + "\\b")
                .matcher(sentence);
        return words.length > 1 && m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static boolean same(Participation a, Participation b) {
        return a.person().toLowerCase(Locale.ROOT).equals(b.person().toLowerCase(Locale.ROOT));
    }

    private static Participation as(Participation p, Role role) {
        return new Participation(p.paragraph(), role, p.entity(), p.nameAsWritten(), p.person(), p.onBehalfOf(),
                p.category(), p.capacity(), p.provisional());
    }
}
