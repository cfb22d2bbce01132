/**
 * The database of facts: what each input said (meetings, paragraphs, attendance, participation, data-quality findings)
 * and which inputs have been read, by content hash. The schema is versioned with Flyway under {@code db/migration}.
 */
package org.rapporteur.store;
