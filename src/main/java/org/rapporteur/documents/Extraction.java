package org.rapporteur.documents;

import java.util.List;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * What one reader made of a document's bytes.
 *
 * @param text     the text, or null when the document could not be read
 * @param findings what went wrong or was guessed; with a null text, at least one ERROR
 */
public record Extraction(String text, List<Finding> findings) {

    public Extraction {
        findings = List.copyOf(findings);
    }

    static Extraction refused(FindingCode code, String message) {
        return new Extraction(null, List.of(Finding.inFile(code, message)));
    }
}
