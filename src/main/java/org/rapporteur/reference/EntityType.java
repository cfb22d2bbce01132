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
    /** A negotiating or regional group, e.g. the Group of 77 and China. */
    GROUP,
    UNKNOWN
}
