package org.rapporteur.documents;

import java.util.Locale;
import java.util.Optional;

/** The formats of meeting reports Rapporteur reads, recognised by their content (magic bytes), not their name. */
public enum DocumentFormat {
    TEXT("txt"),
    DOCX("docx"),
    PDF("pdf");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name claims, from its extension; empty for an extension Rapporteur does not read. */
    public static Optional<DocumentFormat> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
