package org.rapporteur.documents;

/**
 * Reads one format of document into the plain text the report parser reads: one line per paragraph (Word) or per
 * printed line (PDF), paragraph numbers written out, page furniture, headers, footers and footnotes left out.
 * Implementations never throw for bad content: they return the problem as a finding.
 */
public interface DocumentReader {

    Extraction read(byte[] bytes);
}
