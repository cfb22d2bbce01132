package org.rapporteur.report;

import java.util.Locale;
import java.util.regex.Pattern;

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

    // the phrases' words, compiled once (String.matches compiles its pattern at every call)
    private static final Pattern NAMED_OTHER = Pattern.compile(
            ".*\\b(?:programme network|national human rights institutions?)\\b.*");
    private static final Pattern MIXED_WITH = Pattern.compile(
            "(?s).*\\b(academi\\w*|universit\\w*|research institut\\w*|scholars?|private[- ]sector"
            + "|private entit\\w*|compan\\w*|business\\w*|industry)\\b.*");
    private static final Pattern ACADEMIC = Pattern.compile(
            ".*\\b(academi\\w*|universit\\w*|research institut\\w*|scholars?)\\b.*");
    private static final Pattern PRIVATE = Pattern.compile(
            ".*\\b(private[- ]sector|private entit\\w*|compan\\w*|business\\w*|industry)\\b.*");
    private static final Pattern PROGRAMME_NETWORK = Pattern.compile(".*\\bprogramme network\\b.*");
    private static final Pattern HUMAN_RIGHTS_INSTITUTIONS = Pattern.compile(
            ".*\\bnational human rights institutions?\\b.*");
    private static final Pattern MAJOR_GROUPS = Pattern.compile(".*\\bmajor groups\\b.*");
    private static final Pattern INDIGENOUS = Pattern.compile(".*\\bindigenous peoples'? organi[sz]ations?\\b.*");
    private static final Pattern DEVELOPMENT_BANKS = Pattern.compile(
            ".*\\b(?:regional|multilateral) development banks?\\b.*");
    private static final Pattern REGIONAL_ORGANIZATIONS = Pattern.compile(
            ".*\\b(?:sub-?)?regional\\s+(?:and\\s+(?:sub-?regional|international)\\s+)?organi[sz]ations?\\b.*");
    private static final Pattern UN_SYSTEM_PARTS = Pattern.compile(
            ".*\\b(?:entit(?:y|ies)|bod(?:y|ies)|units?|funds|programmes)\\b.*");
    private static final Pattern STATES = Pattern.compile(".*\\bstates?\\b.*");
    private static final Pattern COUNTRIES = Pattern.compile(".*\\bcountr(y|ies)\\b.*");
    private static final Pattern PARTIES_TO = Pattern.compile("^(?:the\\s+)?part(?:y|ies)\\s+to\\b.*");
    private static final Pattern UNITED_NATIONS = Pattern.compile(".*\\bunited nations\\b.*");
    private static final Pattern UN_ABBREVIATED = Pattern.compile(".*\\bun (entit|bod|agenc|offic|secretariat)\\w*.*");
    private static final Pattern OBSERVER_STATES = Pattern.compile(
            ".*\\b(observer states?|non-member|nonmember|not (?:a )?members? of the united nations)\\b.*");
    private static final Pattern MEMBER_ORGANIZATION = Pattern.compile("^(?:(?:the|an?)\\s+)?member organi[sz]ations?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EUROPEAN_UNION = Pattern.compile("^(?:the\\s+)?european union(?:\\s*\\([^()]*\\))?$");

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
        return category(SPACES.matcher(phrase.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" "));
    }

    /**
     * Whether a phrase names entities that are counted as {@link #OTHER} on purpose: the institutes of the crime
     * prevention and criminal justice programme network, national human rights institutions.
     */
    public static boolean isNamedOther(String phrase) {
        String p = SPACES.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return NAMED_OTHER.matcher(p).matches();
    }

    /**
     * Whether a phrase counts non-governmental organizations together with academia or the private sector ("[15]
     * non-governmental organizations and academic institutions"): a count of several kinds, none of which it is.
     */
    public static boolean isMixed(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        boolean ngo = p.contains("non-governmental") || p.contains("nongovernmental") || p.contains("civil society");
        return ngo && MIXED_WITH.matcher(p).matches();
    }

    private static AttendanceCategory category(String p) {
        boolean academia = ACADEMIC.matcher(p).matches();
        boolean privateSector = PRIVATE.matcher(p).matches();
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
        if (PROGRAMME_NETWORK.matcher(p).matches()) {
            return OTHER;
        }
        // national human rights institutions: neither governmental nor non-governmental organizations
        if (HUMAN_RIGHTS_INSTITUTIONS.matcher(p).matches()) {
            return OTHER;
        }
        // UNEP's "major groups and stakeholders": the non-governmental side of its meetings
        // WHO's "non-State actors in official relations": the non-governmental side too
        if (p.contains("non-governmental") || p.contains("nongovernmental") || p.contains("civil society")
                || p.contains("non-state actor")
                || MAJOR_GROUPS.matcher(p).matches()
                || INDIGENOUS.matcher(p).matches()) {
            return NGO;
        }
        // the FAO and Codex word for the European Union as a member: "one Member Organization"
        // "European Union 1" in a table of counts: the regional economic integration organization, by its name
        if (p.contains("regional economic integration") || MEMBER_ORGANIZATION.matcher(p).matches()
                || EUROPEAN_UNION.matcher(p).matches()) {
            return REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION;
        }
        // "3 regional development banks": banks owned by States
        // "six international governmental organizations": the FAO and Codex term
        // "four regional organizations": organisations of the States of a region (the African Union, the OSCE)
        if (p.contains("intergovernmental") || p.contains("international governmental")
                || DEVELOPMENT_BANKS.matcher(p).matches() || REGIONAL_ORGANIZATIONS.matcher(p).matches()) {
            return IGO;
        }
        // "United Nations entities and specialized agencies": the whole United Nations system, one count
        if (p.contains("specialized agenc") && !UN_SYSTEM_PARTS.matcher(p).matches()) {
            return SPECIALIZED_AGENCY;
        }
        // "142 Parties to the Convention": the States parties (and any regional organization party among them)
        boolean states = STATES.matcher(p).matches() || COUNTRIES.matcher(p).matches()
                || PARTIES_TO.matcher(p).matches();
        if (!states && (UNITED_NATIONS.matcher(p).matches()
                || UN_ABBREVIATED.matcher(p).matches())) {
            return UN_ENTITY;
        }
        if (states) {
            if (OBSERVER_STATES.matcher(p).matches()) {
                return OBSERVER_STATE;
            }
            return MEMBER_STATE;
        }
        return OTHER;
    }
}
