package org.rapporteur.participants;

import java.util.List;

/**
 * A whole person written in the one name column of a list with columns ("H.E. Mr. John SMITH, Ambassador, Permanent
 * Representative" under "Participant", where other lists split title, first name, last name and position): the name
 * is the first piece, the post the pieces after it ({@link OneLinePersons}); a delegation among them is the Delegation
 * column's business and is dropped. A cell is so read only where the pieces after the name name a post ("Counsellor",
 * "Ministry of …"): "SMITH, John" or "Lima, Ana Maria" stays one name.
 */
final class WholePersons {

    private static final java.util.regex.Pattern LEADING_MARK = java.util.regex.Pattern.compile("^\\s*"
            + CellValues.MARK_SIGN + "\\s*");

    /** The name and the post of a person written whole in one cell. */
    record Whole(String name, String post) {
    }

    private WholePersons() {
    }

    /** The person of a name cell written whole, or null where the cell is a name alone. */
    static Whole of(String cell, ParticipantListReader reader) {
        if (cell == null || cell.isBlank() || !cell.matches("(?s).*(?:[,;\\t\u2014]|\\s[|\\-\u2013]\\s).*")) {
            return null;
        }
        // a legend's mark before the name ("*H.E. Ms. …") stays on the name, which the legend then reads
        java.util.regex.Matcher sign = LEADING_MARK.matcher(cell);
        String star = sign.find() ? sign.group().strip() + " " : "";
        String text = star.isEmpty() ? cell : cell.substring(sign.end());
        List<String> row = OneLinePersons.split(List.of(text), reader);
        String name = row.get(0);
        String post = row.get(1);
        if (name.isEmpty() || post.isEmpty() || name.equals(text.strip()) || !CellKind.namesAPost(post)) {
            return null;
        }
        return new Whole(star + name, post);
    }
}
