package org.rapporteur.participants;

import org.rapporteur.reference.Entity;

/**
 * One person on a list of participants. The names are personal data: they are exported only to
 * {@code output/restricted/participants.csv} (and the workbook only when asked for).
 *
 * @param line                the line (CSV) or row (Excel) of the list
 * @param meetingSymbol       the report symbol of the meeting, from the Meeting column or the file name
 * @param delegationAsWritten the delegation as the list writes it
 * @param entity              the delegation resolved; an unlisted organisation has an empty code
 * @param checkedIn           null when the list has no Checked in column
 */
public record Delegate(int line, String meetingSymbol, String delegationAsWritten, Entity entity,
                       String delegationType, String title, String firstName, String lastName, String position,
                       Gender gender, boolean headOfDelegation, Boolean checkedIn) {

    /** The same person as head of delegation or not, as a legend row below explains her mark. */
    Delegate withHead(boolean head) {
        return new Delegate(line, meetingSymbol, delegationAsWritten, entity, delegationType, title, firstName, lastName,
                position, gender, head, checkedIn);
    }

    /** The same person as a man, where the list's French "M." before her name is read as "Monsieur". */
    Delegate asMonsieur() {
        // the honorific leaves the name it opened ("M. Paul" → title "M.", first name "Paul")
        boolean inFirst = !firstName.isBlank();
        java.util.regex.Matcher m = OPENING_M.matcher(inFirst ? firstName : lastName);
        boolean found = m.find();
        String honorific = found ? m.group(1) : "M.";
        String rest = found ? (inFirst ? firstName : lastName).substring(m.end()) : null;
        return new Delegate(line, meetingSymbol, delegationAsWritten, entity, delegationType,
                title.isBlank() || honorific.startsWith(title.strip()) ? honorific : title.strip() + " " + honorific,
                inFirst && rest != null ? rest : firstName, !inFirst && rest != null ? rest : lastName, position,
                Gender.MAN, headOfDelegation, checkedIn);
    }

    private static final java.util.regex.Pattern OPENING_M = java.util.regex.Pattern.compile(
            "^\\s*((?:S\\.?\\s?E\\.?\\s+)?M\\.)\\s+");

    /** The same person with her check-in as the whole list shows it (null: the list does not say). */
    Delegate withCheckedIn(Boolean came) {
        return new Delegate(line, meetingSymbol, delegationAsWritten, entity, delegationType, title, firstName, lastName,
                position, gender, headOfDelegation, came);
    }

    /** The same person with her function completed by a continuation line. */
    Delegate withPosition(String completed, boolean head) {
        return new Delegate(line, meetingSymbol, delegationAsWritten, entity, delegationType, title, firstName, lastName,
                completed, gender, head, checkedIn);
    }
}
