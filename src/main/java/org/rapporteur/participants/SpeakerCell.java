package org.rapporteur.participants;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker cell of a statements file or an online speakers' list taken apart: who spoke, and for whom as written.
 * "Egypt on behalf of the Group of African States", "Egypt, on behalf of …", "Egypt (on behalf of …)" and "Egypt (also
 * on behalf of Chile and Peru)" give the speaker before and the group after "on behalf of" ("the" dropped, a bracket
 * of the group's own kept: "the Andean Community (CAN)"). A bracket that says in which capacity the speaker spoke
 * ("(right of reply)", "(Observer State)", "(Signatory State)", "(by video)", "(host country)", "(observateur)"), or
 * a capacity after a comma (", in its capacity as observer"), is not part of the name: {@link #withoutCapacity} drops
 * it.
 */
final class SpeakerCell {

    /**
     * "X, on behalf of Y", "X on behalf of Y", "X speaking on behalf of Y", "X (also on behalf of Y)", "X, for the Y"
     * (only after a comma: "the Minister for the Environment" speaks for no group), "X, en nombre del Y", "X, au nom
     * du Y".
     */
    private static final Pattern BEHALF = Pattern.compile(
            "^(.+?)\\s*(,|\\(|\\s)\\s*(?:speaking\\s+)?(?:also\\s+)?(?:on\\s+behalf\\s+of|in\\s+the\\s+name\\s+of|"
                    + "(?<=,\\s{0,3})for(?=\\s+the\\s)|(?:tambi[ée]n\\s+)?en\\s+nombre\\s+de(?:l(?=\\s))?|"
                    + "(?:aussi\\s+)?au\\s+nom\\s+(?:de\\s+la|de\\s+l'|des|du|de))\\s*(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:los|las|la|el|les|le)\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    /** A trailing bracket that names how or as what the speaker spoke, not who. */
    private static final Pattern CAPACITY = Pattern.compile("(?i)^(.+?)\\s*\\((?:[^()]*\\b(?:reply|state|party|"
            + "signatory|observer|member|video|virtual|online|remote|recorded|message|statement|respuesta|host|"
            + "r[ée]ponse|observateur|observatrice|observador|observadora|membre|miembro|h[ôo]te|anfitri[óo]n)"
            + "\\b[^()]*)\\)\\s*$", Pattern.UNICODE_CASE);
    /**
     * A capacity said after a comma: "European Union, in its capacity as observer", "Union européenne, en sa qualité
     * d'observateur", "Unión Europea, en su calidad de observador".
     */
    private static final Pattern CAPACITY_AFTER_COMMA = Pattern.compile("(?i)^(.+?)\\s*,\\s*(?:in\\s+(?:its|his|her|"
            + "their)\\s+capacity\\s+as|en\\s+sa\\s+qualit[ée]\\s+d[e']|en\\s+su\\s+(?:calidad|condici[óo]n)\\s+de)\\s*"
            + "[^,()]*$", Pattern.UNICODE_CASE);

    /**
     * @param speaker the speaker as written, without the group
     * @param group   the group as written ("" when none), without a leading "the"
     */
    record Parts(String speaker, String group) {
    }

    private SpeakerCell() {
    }

    static Parts parse(String cell) {
        String text = cell.strip();
        Matcher m = BEHALF.matcher(text);
        if (!m.matches()) {
            return new Parts(text, "");
        }
        String group = m.group(3);
        if (m.group(2).equals("(") && group.endsWith(")")) {
            group = group.substring(0, group.length() - 1).strip();
        }
        group = LEADING_THE.matcher(group).replaceFirst("").replaceAll("[\\s.;,]+$", "");
        group = LEADING_ARTICLE.matcher(group).replaceFirst("");
        return new Parts(m.group(1).strip(), group);
    }

    /** A trailing bracket: "Ecuador (GRULAC)", as a group spoken for where it names one and the rest another. */
    private static final Pattern BRACKET = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");

    /** The speaker and the bracket after it ("Ecuador (GRULAC)" → "Ecuador", "GRULAC"), or null without one. */
    static Parts bracketed(String cell) {
        Matcher m = BRACKET.matcher(cell.strip());
        return m.matches() ? new Parts(m.group(1).strip(), m.group(2).strip()) : null;
    }

    /** The speaker without a trailing bracket that names a capacity ("India (right of reply)" → "India"). */
    static String withoutCapacity(String speaker) {
        Matcher m = CAPACITY.matcher(speaker);
        if (m.matches()) {
            return m.group(1).strip();
        }
        Matcher comma = CAPACITY_AFTER_COMMA.matcher(speaker);
        return comma.matches() ? comma.group(1).strip() : speaker;
    }
}
