/** Data-quality findings: problems found in inputs, kept as data rather than thrown. */
package org.rapporteur.quality;
