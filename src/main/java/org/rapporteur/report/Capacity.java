package org.rapporteur.report;

import java.util.Locale;

/**
 * In what capacity an entity attended or spoke, as the report's list or count says it: a State attends as a party to
 * the body's convention, as a signatory, as an observer or as a member of the body. This is apart from what the entity
 * is (its {@link org.rapporteur.reference.EntityType}): a signatory Member State is a Member State attending as a
 * signatory, and the European Union among the parties is a party that is not a State.
 */
public enum Capacity {
    /** "States parties", "Parties to the Convention", a regional economic integration organization that is a party. */
    PARTY,
    /** "signatory States", "signatories". */
    SIGNATORY,
    /** "represented by observers", "States not parties", "observer States", "non-member States". */
    OBSERVER,
    /** "States members of the Commission", "members of the Working Group". */
    MEMBER;

    // compiled once (String.matches compiles its pattern at every call)
    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile(
            ".*\\b(signator(y|ies)|(?:have|has)\\s+signed)\\b.*");
    private static final java.util.regex.Pattern OBSERVERS = java.util.regex.Pattern.compile(
            ".*\\b(observers?|non-member|nonmember|not\\s+(?:a\\s+)?(?:part(?:y|ies)|members?)|non-part"
            + "(?:y|ies)|(?:from\\s+)?outside\\s+the\\s+region|(?:from|of)\\s+other\\s+regions)\\b.*");
    /**
     * A regional meeting's own States: "States of the region", "41 States of the African region", a table's "Member
     * State (region)".
     */
    private static final java.util.regex.Pattern OF_THE_REGION = java.util.regex.Pattern.compile(
            ".*\\bstates?\\s+(?:(?:of|in|from)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}region\\b|\\((?:of\\s+the\\s+)?region\\)).*");
    private static final java.util.regex.Pattern PARTIES = java.util.regex.Pattern.compile(".*\\bpart(y|ies)\\b.*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern MEMBERS_OF = java.util.regex.Pattern.compile(
            "\\b(?:members?|member\\s+states)\\s+of\\s+(?:the\\s+)?(\\p{L}[\\p{L} -]*)");

    /**
     * Reads the capacity from the words a report uses for a list or a count.
     *
     * @return the capacity, or null when the phrase does not say ("91 Member States", "intergovernmental
     *         organizations")
     */
    public static Capacity fromPhrase(String phrase) {
        String p = SPACES.matcher(phrase.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
        if (SIGNED.matcher(p).matches() && !p.contains("nor a signator")) {
            return SIGNATORY;
        }
        if (OBSERVERS.matcher(p).matches()) {
            return OBSERVER;
        }
        // a regional meeting's own States: "29 States of the region", "States of the region"
        if (OF_THE_REGION.matcher(p).matches()) {
            return MEMBER;
        }
        if (PARTIES.matcher(p).matches()) {
            return PARTY;
        }
        // "States members of the Commission", "members of the Council": not "Member States", the UN's own members
        java.util.regex.Matcher of = MEMBERS_OF.matcher(p);
        while (of.find()) {
            if (!of.group(1).startsWith("united nations")) {
                return MEMBER;
            }
        }
        return null;
    }
}
