/**
 * Statistics: turns the stored facts of all current inputs into the export tables (meetings, attendance,
 * participation, the participation matrix, data quality), choosing the final report over a draft of the same meeting
 * and putting entities in UN order.
 */
package org.rapporteur.statistics;
