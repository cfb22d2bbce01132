package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No person of a list of participants can be read by others anywhere in the output folder but where the README says
 * (issue 17 point 1): after a run with {@code --include-personal-data} and one without, every file of the output folder
 * (CSV, every part of every workbook unzipped, the database files, logs, the previous set) is searched for the names
 * of the list, as ASCII and as UTF-16; each file that holds one is readable by its owner alone, itself or through an
 * owner-only folder above it (restricted/, .state/ with the database).
 */
class PersonalDataTest {

    /** Names that occur nowhere else (not in the report, the reference tables or the code). */
    static final List<String> NAMES = List.of("Quillonarda", "Zebrowska", "Ottavinio", "Marchetteau", "Ysoldine",
            "Brannoqvist");

    @TempDir
    Path work;

    @Test
    void aRunWithPersonalDataAndOneWithoutLeaveNoNameWhereOthersCanReadIt() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        Files.createDirectories(input.resolve("participants"));
        Files.writeString(input.resolve("participants/XYZ_EG.1_2024_3-participants.csv"), """
                Title,First Name,Last Name,Position,Delegation
                Ms.,Quillonarda,Zebrowska,Head of Delegation,Brazil
                Mr.,Ottavinio,Marchetteau,Adviser,Chile
                Mx.,Ysoldine,Brannoqvist,Expert,Egypt
                """, StandardCharsets.UTF_8);
        Path output = work.resolve("output");

        RunOutput first = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                "--include-personal-data");
        RunOutput second = RunOutput.nightly(input, output);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        Set<String> holding = filesHoldingNames(output);
        // the searches find what is there: the restricted table and the database hold the names
        assertThat(holding).contains("restricted/participants.csv");
        assertThat(holding).anyMatch(f -> f.startsWith(".state/"));
        for (String file : holding) {
            assertThat(readableByOthers(output, output.resolve(file))).as(file + " holds a name").isFalse();
        }
        assertThat(holding).allMatch(f -> f.startsWith("restricted/") || f.startsWith("previous/restricted/")
                || f.startsWith(".state/") || f.equals("rapporteur.xlsx") || f.equals("previous/rapporteur.xlsx"));
        // the workbook of the run without the option holds no name, and can be shared
        assertThat(holding).doesNotContain("rapporteur.xlsx");
        assertThat(readableByOthers(output, output.resolve("rapporteur.xlsx"))).isTrue();
    }

    /** The files under the folder (relative, "/"-separated) whose content, or any zip entry's, holds a name. */
    static Set<String> filesHoldingNames(Path folder) throws IOException {
        Set<String> holding = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            List<byte[]> contents = new ArrayList<>(List.of(bytes));
            if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                contents.addAll(entries(bytes));
            }
            if (contents.stream().anyMatch(PersonalDataTest::holdsName)) {
                holding.add(folder.relativize(file).toString().replace('\\', '/'));
            }
        }
        return holding;
    }

    private static boolean holdsName(byte[] content) {
        String ascii = new String(content, StandardCharsets.ISO_8859_1);
        String utf16le = new String(content, StandardCharsets.UTF_16LE);
        String utf16be = new String(content, StandardCharsets.UTF_16BE);
        String utf16odd = content.length > 1 ? new String(content, 1, content.length - 1, StandardCharsets.UTF_16LE)
                : "";
        return NAMES.stream().anyMatch(n -> ascii.contains(n) || utf16le.contains(n) || utf16be.contains(n)
                || utf16odd.contains(n));
    }

    private static List<byte[]> entries(byte[] zip) throws IOException {
        List<byte[]> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.add(out.toByteArray());
            }
        } catch (IOException e) {
            // not a zip after all
        }
        return entries;
    }

    /**
     * Whether a user other than the owner can read the file: it is readable by group or others, and so is every folder
     * from the output folder down to it enterable.
     */
    static boolean readableByOthers(Path output, Path file) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (!mode.contains(PosixFilePermission.OTHERS_READ) && !mode.contains(PosixFilePermission.GROUP_READ)) {
            return false;
        }
        for (Path folder = file.getParent(); folder != null && folder.startsWith(output); folder = folder.getParent()) {
            Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(folder);
            if (!folderMode.contains(PosixFilePermission.OTHERS_EXECUTE)
                    && !folderMode.contains(PosixFilePermission.GROUP_EXECUTE)) {
                return false;
            }
        }
        return true;
    }
}
