/** The export package writes tables as CSV files and one Excel workbook. */
package org.rapporteur.export;
