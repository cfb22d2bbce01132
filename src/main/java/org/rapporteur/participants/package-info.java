/**
 * Lists of participants and individual statements: reading them (CSV as registration systems export them, or Excel),
 * recognising their columns by header name, gender from the honorific only, heads of delegation from the position,
 * delegations and speakers resolved like any name; bad rows returned as findings with their line. Plain Java.
 */
package org.rapporteur.participants;
