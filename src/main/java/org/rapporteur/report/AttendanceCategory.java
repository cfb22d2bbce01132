package org.rapporteur.report;

import java.util.Locale;

/**
 * The categories in which reports count or list attendance: what the attending entities are. In what capacity they
 * attended (as parties, signatories, observers, members of the body) is a {@link Capacity}, apart.
 */
public enum AttendanceCategory {
    MEMBER_STATE,
    /** Non-member States: the Holy See and the State of Palestine ("an observer State", "non-member States"). */
    OBSERVER_STATE,
    /** The European Union and any other organisation of States that is a party to a convention, counted apart. */
    REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION,
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
     * the academia and the private sector", "States parties to the Convention", "signatory States"). Signatories,
     * States not parties and States represented by observers are Member States attending in another capacity (see
     * {@link Capacity}); an observer State, a non-member State and a State not member of the United Nations are
     * observer States.
     *
     * @return the category, {@link #OTHER} when the phrase names none of them
     */
    public static AttendanceCategory fromPhrase(String phrase) {
        return category(phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " "));
    }

    /**
     * Whether a phrase names entities that are counted as {@link #OTHER} on purpose: the institutes of the crime
     * prevention and criminal justice programme network, national human rights institutions.
     */
    public static boolean isNamedOther(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return p.matches(".*\\b(?:programme network|national human rights institutions?)\\b.*");
    }

    /**
     * Whether a phrase counts non-governmental organizations together with academia or the private sector ("[15]
     * non-governmental organizations and academic institutions"): a count of several kinds, none of which it is.
     */
    public static boolean isMixed(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        boolean ngo = p.contains("non-governmental") || p.contains("nongovernmental") || p.contains("civil society");
        return ngo && p.matches("(?s).*\\b(academi\\w*|universit\\w*|research institut\\w*|scholars?|private[- ]sector"
                + "|private entit\\w*|compan\\w*|business\\w*|industry)\\b.*");
    }

    private static AttendanceCategory category(String p) {
        boolean academia = p.matches(".*\\b(academi\\w*|universit\\w*|research institut\\w*|scholars?)\\b.*");
        boolean privateSector = p.matches(".*\\b(private[- ]sector|private entit\\w*|compan\\w*|business\\w*|industry)\\b.*");
        if (isMixed(p)) {
            return OTHER; // "[15] non-governmental organizations and academic institutions": no one kind
        }
        if (academia && privateSector) {
            return ACADEMIA_AND_PRIVATE_SECTOR;
        }
        if (academia) {
            return ACADEMIA;
        }
        if (privateSector) {
            return PRIVATE_SECTOR;
        }
        // the institutes of the United Nations crime prevention and criminal justice programme network: counted apart,
        // and neither United Nations entities nor always intergovernmental
        if (p.matches(".*\\bprogramme network\\b.*")) {
            return OTHER;
        }
        // national human rights institutions: neither governmental nor non-governmental organizations
        if (p.matches(".*\\bnational human rights institutions?\\b.*")) {
            return OTHER;
        }
        // UNEP's "major groups and stakeholders": the non-governmental side of its meetings
        if (p.contains("non-governmental") || p.contains("nongovernmental") || p.contains("civil society")
                || p.matches(".*\\bmajor groups\\b.*")
                || p.matches(".*\\bindigenous peoples'? organi[sz]ations?\\b.*")) {
            return NGO;
        }
        if (p.contains("regional economic integration")) {
            return REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION;
        }
        // "3 regional development banks": banks owned by States
        if (p.contains("intergovernmental") || p.matches(".*\\b(?:regional|multilateral) development banks?\\b.*")) {
            return IGO;
        }
        // "United Nations entities and specialized agencies": the whole United Nations system, one count
        if (p.contains("specialized agenc") && !p.matches(".*\\b(?:entit(?:y|ies)|bod(?:y|ies)|units?|funds|programmes)\\b.*")) {
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
            if (p.matches(".*\\b(observer states?|non-member|nonmember|not (?:a )?members? of the united nations)\\b.*")) {
                return OBSERVER_STATE;
            }
            return MEMBER_STATE;
        }
        return OTHER;
    }
}
