package org.rapporteur.participants;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's role in her delegation written before her name and a colon, as printed lists label their members
 * ("Head of delegation: H.E. Mr. Juan PEREZ", "Alternate: Ms. Ana LOPEZ", "Chef de la délégation : M. Paul DURAND",
 * "Suplente: Sra. Ana RUIZ"): the label is no part of the name, and makes the head where it names the head ("Head",
 * "Chef de délégation", "Jefa de la delegación"; not "Alternate head", "Deputy Head"). Only the roles of a delegation
 * are labels, so that no name holding a colon is cut.
 */
final class RoleLabels {

    /** A delegation's roles, in English, French and Spanish, singular or plural, before a colon. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^\\s*((?:(?:deputy|alternate|acting|vice)[- ]?)?"
            + "(?:head|chief|leader)(?:\\s+of\\s+(?:the\\s+)?delegation)?|chief\\s+delegate|delegation\\s+(?:head|leader)"
            + "|(?:alternate\\s+)?representatives?|alternates?|adviser?s?|advisors?|members?|delegates?|experts?"
            + "|observers?|chef(?:fe)?(?:\\s+adjoint(?:e)?)?(?:\\s+de\\s+(?:la\\s+)?d[ée]l[ée]gation)?(?:\\s+adjoint(?:e)?)?"
            + "|repr[ée]sentant(?:e)?s?(?:\\s+suppl[ée]ant(?:e)?s?)?|suppl[ée]ant(?:e)?s?|conseill[eè]re?s?|membres?"
            + "|d[ée]l[ée]gu[ée](?:e)?s?|expert(?:e)?s?|jef[ae](?:\\s+adjunt[oa])?(?:\\s+de\\s+(?:la\\s+)?delegaci[óo]n)?"
            + "(?:\\s+adjunt[oa])?|representantes?(?:\\s+(?:alterno|suplente)s?)?|suplentes?|alternos?|asesor(?:a|es|as)?"
            + "|miembros?|delegad[oa]s?|expert[oa]s?)\\s*:\\s*(\\S.*)$");

    /** The name without its label, and whether the label makes the head (null where the name has no label). */
    record Labelled(String name, Boolean head) {
    }

    private RoleLabels() {
    }

    /**
     * The meaning of a line that holds a role's label alone ("Head of delegation:", "Alternates:", "Chef de la
     * délégation :"), which labels the person on the line under it: whether she is the head; null for no such line.
     */
    static Boolean alone(String onlyCell) {
        Matcher m = LABEL.matcher(onlyCell == null ? "" : onlyCell.strip() + " \u0000");
        return m.matches() && m.group(2).equals("\u0000") ? CellValues.headByRole(m.group(1)) : null;
    }

    static Labelled of(String name) {
        Matcher m = LABEL.matcher(name == null ? "" : name);
        if (!m.matches()) {
            return new Labelled(name == null ? "" : name, null);
        }
        return new Labelled(m.group(2).strip(), CellValues.headByRole(m.group(1)));
    }
}
