package org.rapporteur.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code --db} option: which URLs Rapporteur can use, and how one is shown without a password in it. */
final class Databases {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private Databases() {
    }

    /** Why a --db value cannot be used, or empty when it can. */
    static Optional<String> problem(String url) {
        if (url == null) {
            return Optional.empty();
        }
        if (url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:hsqldb:")) {
            return Optional.empty();
        }
        return Optional.of("--db " + describe(url) + ": not a database Rapporteur can use; give a JDBC URL such as "
                + "jdbc:postgresql://localhost:5432/rapporteur, or leave --db out for the embedded database under "
                + "<output>/.state/");
    }

    /** The URL with any password in it hidden. */
    static String describe(String url) {
        return url == null || url.isEmpty() ? "(none)" : PASSWORD.matcher(url).replaceAll("$1***");
    }
}
