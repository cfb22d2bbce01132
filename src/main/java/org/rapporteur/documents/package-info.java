/**
 * Documents: reading a file's text by its content (plain text, Word, PDF), with the problems of unreadable, empty,
 * oversized or wrongly encoded files returned as findings rather than thrown.
 */
package org.rapporteur.documents;
