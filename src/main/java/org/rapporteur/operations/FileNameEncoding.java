package org.rapporteur.operations;

import java.util.Optional;

/**
 * The character set the JVM decodes file names with. Java takes it from the locale ({@code sun.jnu.encoding}: no
 * option changes it), and cron and systemd start jobs with none, the C locale, whose ASCII turns "réunion" into
 * "r?union" in every output and makes a file's name depend on who runs it. {@code jobs/nightly.sh} sets a UTF-8
 * locale; a run started another way is warned.
 */
public final class FileNameEncoding {

    private FileNameEncoding() {
    }

    /** What to tell the operator when file names are not read as UTF-8; empty when they are. */
    public static Optional<String> problem() {
        return problem(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    static Optional<String> problem(String encoding) {
        if (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8")) {
            return Optional.empty();
        }
        return Optional.of("file names are read as " + encoding + " because the locale names no UTF-8 character set: "
                + "names with letters outside ASCII are misread in every output; run under a UTF-8 locale "
                + "(LC_ALL=C.UTF-8), as jobs/nightly.sh does");
    }
}
