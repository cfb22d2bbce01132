package org.rapporteur.reference;

/**
 * A known participant.
 *
 * @param code          ISO3 for States, the reference table's short name for organisations and groups
 * @param name          the UN official short name ("Iran (Islamic Republic of)"), or the organisation's full name
 * @param type          what kind of entity it is
 * @param regionalGroup one of the five UN regional groups for Member States; empty string otherwise, never null
 */
public record Entity(String code, String name, EntityType type, String regionalGroup) {
}
