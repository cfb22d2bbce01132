package org.rapporteur.inputs;

import java.util.Optional;

/** The kinds of input, each read from a folder of its own under the input directory, in the order a run reads them. */
public enum InputKind {
    /** Meeting reports: {@code <input>/reports/}; their sources are their paths under that folder. */
    REPORT("reports", ""),
    /** Lists of participants: {@code <input>/participants/}; sources start with {@code participants/}. */
    PARTICIPANT_LIST("participants", "participants/"),
    /** Individual statements: {@code <input>/statements/}; sources start with {@code statements/}. */
    STATEMENTS("statements", "statements/");

    private final String folder;
    private final String sourcePrefix;

    InputKind(String folder, String sourcePrefix) {
        this.folder = folder;
        this.sourcePrefix = sourcePrefix;
    }

    /** The folder under the input directory; also how the store and the manifest name the kind. */
    public String folder() {
        return folder;
    }

    /** What a source starts with, so that no two inputs of different kinds share one. */
    public String sourcePrefix() {
        return sourcePrefix;
    }

    /** The kind whose folder has this name. */
    public static Optional<InputKind> ofFolder(String folder) {
        for (InputKind kind : values()) {
            if (kind.folder.equals(folder)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
