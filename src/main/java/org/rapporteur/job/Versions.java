package org.rapporteur.job;

/** Rapporteur's version, from the jar's manifest; "development" when run from classes. */
public final class Versions {

    private Versions() {
    }

    public static String current() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
