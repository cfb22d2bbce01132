/**
 * Documents: finding the input files of a run and reading their text, with the problems of unreadable, empty,
 * oversized or wrongly encoded files returned as findings rather than thrown.
 */
package org.rapporteur.documents;
