package org.rapporteur.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * What the words before a list ("The following States parties to the Convention were represented: …", "Statements
 * were made by the following academic institutions and private sector entities: …") say about the entities it names:
 * the attendance category, the capacity, and the kind of a name the reference tables do not know.
 *
 * <p>An entity keeps its own kind whatever list names it: the European Union among "States parties" is a party but
 * not a State (a regional economic integration organization), and a State stays a State in any list. In a list of
 * several kinds ("academic institutions and private sector entities"), an unknown name takes its kind from its own
 * words where they tell it (University → academia, Ltd → private sector), else the combined kind, never the first noun
 * of the heading.
 *
 * @param category the category the heading names
 * @param capacity the capacity it names, or null when it names none
 * @param kinds    the non-State kinds the heading names (several for a mixed list)
 */
record ListHeading(AttendanceCategory category, Capacity capacity, Set<EntityType> kinds) {

    private static final Pattern ACADEMIA_WORDS = Pattern.compile("(?i)\\b(?:academi\\w*|universit\\w*|scholars?|"
            + "research\\s+(?:institut\\w*|cent(?:re|er)s?))\\b");
    private static final Pattern PRIVATE_WORDS = Pattern.compile("(?i)\\b(?:private[- ]sector|private\\s+entit\\w*|"
            + "compan\\w*|business\\w*|industry|corporations?)\\b");
    private static final Pattern INTERGOVERNMENTAL = Pattern.compile("(?s).*\\bintergovernmental\\b.*");
    private static final Pattern NGO_WORDS = Pattern.compile("(?i)\\b(?:non-?governmental|civil\\s+society)\\b");
    /** Words that make a name an academic institution's. */
    private static final Pattern ACADEMIC_NAME = Pattern.compile("\\b(?:Universit(?:y|é|ät|à|ate|eit|y College)|"
            + "Universidad|Universidade|Università|Institute|Institut|Instituto|Istituto|Academy|Académie|Akademie|"
            + "Academia|College|Polytechnic|School\\s+of)\\b");
    /** Words that make a name a university's whatever list it is in ("Institute" alone is also the UN's). */
    private static final Pattern UNIVERSITY_NAME = Pattern.compile("\\b(?:Universit(?:y|é|ät|à|ate|eit)|Universidad"
            + "|Universidade|Università|Polytechnic)\\b");
    /** Words and legal forms that make a name a company's. */
    private static final Pattern COMPANY_NAME = Pattern.compile("(?:\\b(?:Ltd|Limited|Inc|Incorporated|LLC|L\\.L\\.C|"
            + "LLP|PLC|plc|GmbH|AG|Corp|Corporation|Company|Co|S\\.A|S\\.p\\.A|SpA|N\\.V|B\\.V|Pty|SARL|S\\.A\\.S|"
            + "S\\.L|Oy|AB|ASA|K\\.K)\\b\\.?)\\s*(?:\\)|$)");

    static ListHeading of(String phrase) {
        AttendanceCategory category = AttendanceCategory.fromPhrase(phrase);
        Set<EntityType> kinds = EnumSet.noneOf(EntityType.class);
        String p = phrase.toLowerCase(Locale.ROOT);
        if (ACADEMIA_WORDS.matcher(p).find()) {
            kinds.add(EntityType.ACADEMIA);
        }
        if (PRIVATE_WORDS.matcher(p).find()) {
            kinds.add(EntityType.PRIVATE_SECTOR);
        }
        if (NGO_WORDS.matcher(p).find()) {
            kinds.add(EntityType.NGO);
        }
        // "the following intergovernmental and non-governmental organizations: …": a name the tables do not know
        // may be either
        if (INTERGOVERNMENTAL.matcher(p).matches() && kinds.contains(EntityType.NGO)) {
            kinds.add(EntityType.IGO);
        }
        return new ListHeading(category, Capacity.fromPhrase(phrase), Set.copyOf(kinds));
    }

    /** A heading naming several kinds of non-State entities. */
    boolean mixed() {
        return kinds.size() > 1;
    }

    /** The kind of a name the reference tables do not know. */
    EntityType kindOfUnknown(String name) {
        if (!mixed()) {
            EntityType kind = kindOf(category);
            boolean saysNoKind = kinds.isEmpty() && (kind == EntityType.MEMBER_STATE
                    || kind == EntityType.OBSERVER_STATE || kind == EntityType.UNKNOWN);
            // "statements were made by representatives of …, University of Oxford and Siemens AG": no heading says
            // what these are, their names do
            if (saysNoKind && COMPANY_NAME.matcher(name.strip()).find()) {
                return EntityType.PRIVATE_SECTOR;
            }
            return saysNoKind && UNIVERSITY_NAME.matcher(name).find() ? EntityType.ACADEMIA : kind;
        }
        if (kinds.contains(EntityType.ACADEMIA) && ACADEMIC_NAME.matcher(name).find()) {
            return EntityType.ACADEMIA;
        }
        if (kinds.contains(EntityType.PRIVATE_SECTOR) && COMPANY_NAME.matcher(name.strip()).find()) {
            return EntityType.PRIVATE_SECTOR;
        }
        if (kinds.contains(EntityType.IGO)) {
            return EntityType.UNKNOWN; // an intergovernmental or a non-governmental organization: no guess
        }
        return kinds.contains(EntityType.NGO) ? EntityType.NGO : EntityType.ACADEMIA_AND_PRIVATE_SECTOR;
    }

    /**
     * The category an entity is counted in: the heading's, unless the entity's own kind contradicts it (a State in a
     * list of organisations, an organisation among the States, where an organisation that is a party is a regional
     * economic integration organization).
     */
    AttendanceCategory categoryOf(Entity entity) {
        if (category == AttendanceCategory.OTHER) {
            return ownCategory(entity.type());
        }
        boolean stateHeading = category == AttendanceCategory.MEMBER_STATE
                || category == AttendanceCategory.OBSERVER_STATE;
        return switch (entity.type()) {
            case MEMBER_STATE -> AttendanceCategory.MEMBER_STATE;
            case OBSERVER_STATE -> AttendanceCategory.OBSERVER_STATE;
            case IGO -> stateHeading && capacity == Capacity.PARTY
                    || category == AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION
                    ? AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION
                    : stateHeading ? AttendanceCategory.IGO : category;
            case UN_ENTITY -> stateHeading ? AttendanceCategory.UN_ENTITY : category;
            case GROUP, TERRITORY -> stateHeading ? AttendanceCategory.OTHER : category;
            case NGO, ACADEMIA, PRIVATE_SECTOR, ACADEMIA_AND_PRIVATE_SECTOR, UNKNOWN -> category;
        };
    }

    /** The category an entity of this kind is counted in where no list says otherwise. */
    static AttendanceCategory ownCategory(EntityType type) {
        return switch (type) {
            case MEMBER_STATE -> AttendanceCategory.MEMBER_STATE;
            case OBSERVER_STATE -> AttendanceCategory.OBSERVER_STATE;
            case IGO -> AttendanceCategory.IGO;
            case UN_ENTITY -> AttendanceCategory.UN_ENTITY;
            case NGO -> AttendanceCategory.NGO;
            case ACADEMIA -> AttendanceCategory.ACADEMIA;
            case PRIVATE_SECTOR -> AttendanceCategory.PRIVATE_SECTOR;
            case ACADEMIA_AND_PRIVATE_SECTOR -> AttendanceCategory.ACADEMIA_AND_PRIVATE_SECTOR;
            case GROUP, TERRITORY, UNKNOWN -> AttendanceCategory.OTHER;
        };
    }

    /** The kind of entity a category holds, for names the reference tables do not know. */
    static EntityType kindOf(AttendanceCategory category) {
        return switch (category) {
            case MEMBER_STATE -> EntityType.MEMBER_STATE;
            case OBSERVER_STATE -> EntityType.OBSERVER_STATE;
            case UN_ENTITY, SPECIALIZED_AGENCY -> EntityType.UN_ENTITY;
            case IGO, REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION -> EntityType.IGO;
            case NGO -> EntityType.NGO;
            case ACADEMIA -> EntityType.ACADEMIA;
            case ACADEMIA_AND_PRIVATE_SECTOR -> EntityType.ACADEMIA_AND_PRIVATE_SECTOR;
            case PRIVATE_SECTOR -> EntityType.PRIVATE_SECTOR;
            case OTHER -> EntityType.UNKNOWN;
        };
    }
}
