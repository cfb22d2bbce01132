package org.rapporteur.report;

import java.util.Locale;

/** The categories in which reports count or list attendance. */
public enum AttendanceCategory {
    MEMBER_STATE,
    OBSERVER_STATE,
    UN_ENTITY,
    SPECIALIZED_AGENCY,
    IGO,
    NGO,
    ACADEMIA,
    PRIVATE_SECTOR,
    ACADEMIA_AND_PRIVATE_SECTOR,
    OTHER;

    /**
     * Reads the category from the loose words a report uses ("Member States", "an observer State", "institutions from
     * the academia and the private sector", "States parties to the Convention", "signatory States").
     * Signatories and non-parties attend as observers, so they count as observer States.
     *
     * @return the category, {@link #OTHER} when the phrase names none of them
     */
    public static AttendanceCategory fromPhrase(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean academia = p.matches(".*\\b(academi\\w*|universit\\w*|research institut\\w*|scholars?)\\b.*");
        boolean privateSector = p.matches(".*\\b(private[- ]sector|private entit\\w*|compan\\w*|business\\w*|industry)\\b.*");
        if (academia && privateSector) {
            return ACADEMIA_AND_PRIVATE_SECTOR;
        }
        if (academia) {
            return ACADEMIA;
        }
        if (privateSector) {
            return PRIVATE_SECTOR;
        }
        if (p.contains("non-governmental") || p.contains("nongovernmental") || p.contains("civil society")) {
            return NGO;
        }
        if (p.contains("intergovernmental") || p.contains("regional economic integration")) {
            return IGO;
        }
        if (p.contains("specialized agenc")) {
            return SPECIALIZED_AGENCY;
        }
        // "142 Parties to the Convention": the States parties (and any regional organization party among them)
        boolean states = p.matches(".*\\bstates?\\b.*") || p.matches(".*\\bcountr(y|ies)\\b.*")
                || p.matches("^(?:the\\s+)?part(?:y|ies)\\s+to\\b.*");
        if (!states && (p.matches(".*\\bunited nations\\b.*")
                || p.matches(".*\\bun (entit|bod|agenc|offic|secretariat)\\w*.*"))) {
            return UN_ENTITY;
        }
        if (states) {
            if (p.matches(".*\\b(observers?|non-member|nonmember|signator\\w*|not part\\w*|non-part\\w*|not members?)"
                    + "\\b.*")) {
                return OBSERVER_STATE;
            }
            return MEMBER_STATE;
        }
        return OTHER;
    }
}
