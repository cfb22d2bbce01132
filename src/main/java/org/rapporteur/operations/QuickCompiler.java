package org.rapporteur.operations;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns the JVM's optimising compiler (C2) off for the code compiled from now on, by a compiler directive added
 * through the JVM's diagnostic commands (what {@code jcmd <pid> Compiler.directives_add} does): methods compiled
 * afterwards are compiled by the quick compiler (C1) alone, as under {@code -XX:TieredStopAtLevel=1}. Code compiled
 * before is kept as it is. The program's results do not change, only how long the JVM spends compiling.
 *
 * <p>Meant for work that runs once and briefly, where C2's compilations cost more CPU than the code they make saves:
 * the export step, which after one changed input copies most of its rows and builds little (with C1 alone the
 * whole run took about 40 % less CPU), and which, written whole, also took less CPU with C1 alone than with both.
 *
 * <p>The directive holds for the rest of the JVM's life, which for {@code nightly} is the run. It is added at most once
 * per JVM, however many exports that JVM runs (tests, {@code spring-boot:run}); the test suite turns it off with the
 * property, and {@code QuickCompilerTest} turns it back on for itself.
 */
public final class QuickCompiler {

    /**
     * A nightly run that finds at most this many files changed under its input folder since the last completed run
     * (same code and settings) turns C2 off from its start: its ingest reads little, and C2's compilations during
     * Spring's start and the check of every input cost more CPU than they save. A first run of 1,000 reports took
     * about 14 ms more CPU per report with C1 alone (third round), so a few hundred would still gain.
     */
    public static final int FEW_INPUTS = 100;

    /** {@code -Drapporteur.quick-compiler=false} keeps C2 on. */
    public static final String PROPERTY = "rapporteur.quick-compiler";
    /**
     * Every method: C2 excluded, C1 left as it is; except the JDK's message digests, whose C2 code is a stub of the
     * processor's own instructions for SHA-256 (C1 has none): the export hashes every file it writes for the run's
     * manifest (about 300 MB at 10,000 meetings), which took several times longer compiled by C1 alone.
     */
    static final String DIRECTIVE = "[{ match: \"sun/security/provider/*.*\", c2: { Exclude: false } },"
            + " { match: \"*.*\", c2: { Exclude: true } }]";
    /** The directives {@link #DIRECTIVE} holds. */
    private static final int DIRECTIVES = 2;
    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
    /** Whether this JVM holds the directive already: it is added once, never stacked. */
    private static final AtomicBoolean ADDED = new AtomicBoolean();

    private QuickCompiler() {
    }

    /**
     * Adds the directive, unless the property says not to.
     *
     * @return whether the JVM took it now (false where the JVM has no such command, where the property is false, or
     *         where this JVM holds it already)
     */
    public static boolean forTheRestOfTheRun() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        if (!ADDED.compareAndSet(false, true)) {
            return false;
        }
        if (add()) {
            return true;
        }
        ADDED.set(false);
        return false;
    }

    /** Adds the directive; true when the JVM took it. */
    static boolean add() {
        Path file = null;
        try {
            file = Files.createTempFile("rapporteur-compiler-directive", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = diagnostic("compilerDirectivesAdd", file.toString());
            // the command answers with the number of directives it added, or a message when it could not parse them
            return String.valueOf(answer).contains(DIRECTIVES + " compiler directives added");
        } catch (IOException | JMException | RuntimeException e) {
            return false; // not a HotSpot JVM, or its diagnostic commands are not reachable: C2 stays on
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file of a few bytes
                }
            }
        }
    }

    /** Removes the directive added last (for tests, which share one JVM). */
    static void remove() throws JMException {
        for (int i = 0; i < DIRECTIVES; i++) {
            diagnostic("compilerDirectivesRemove");
        }
        ADDED.set(false);
    }

    /** The JVM's directives as {@code jcmd <pid> Compiler.directives_print} prints them. */
    static String directives() throws JMException {
        return String.valueOf(diagnostic("compilerDirectivesPrint"));
    }

    private static Object diagnostic(String command, String... arguments) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName(DIAGNOSTIC_COMMAND), command, new Object[] {arguments},
                new String[] {String[].class.getName()});
    }
}
