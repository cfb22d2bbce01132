package org.rapporteur.reference;

/** What kind of participant an entity is; closed set, exported as written. */
public enum EntityType {
    MEMBER_STATE,
    OBSERVER_STATE,
    IGO,
    UN_ENTITY,
    NGO,
    ACADEMIA,
    PRIVATE_SECTOR,
    /**
     * An academic institution or private-sector entity from a list that names both, whose name does not tell which
     * (the report's combined category).
     */
    ACADEMIA_AND_PRIVATE_SECTOR,
    /**
     * A territory or other non-State participant with an ISO 3166-1 code that is no UN Member or observer State
     * ("Aruba", "Cook Islands", "Hong Kong, China"), as lists of participants name some delegations.
     */
    TERRITORY,
    /** A negotiating or regional group, e.g. the Group of 77 and China. */
    GROUP,
    UNKNOWN
}
