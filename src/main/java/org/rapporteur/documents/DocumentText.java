package org.rapporteur.documents;

import java.util.List;

import org.rapporteur.quality.Finding;

/**
 * What reading a document gave: its text, or nothing and the reason.
 *
 * @param sha256   the hex SHA-256 of the file's bytes (also for unreadable content), "" when the file could not be read
 * @param text     the text, or null when the document could not be read as text
 * @param findings problems found while reading; an ERROR means {@code text} is null
 */
public record DocumentText(String sha256, String text, List<Finding> findings) {

    public boolean readable() {
        return text != null;
    }
}
