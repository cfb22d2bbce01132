package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.documents.ReportRenderer;

/**
 * Lists of participants and statements through the nightly job (issue 5's acceptance): the list of 49 participants
 * from 15 delegations gives the same delegations table from .csv and from .xlsx, figure by figure; statements are
 * credited to their speakers (or the group spoken for); bad rows are reported with their lines and the good ones
 * count; and no name from a list reaches the workbook or a table outside output/restricted/.
 */
class ParticipantsRunTest {

    static final Path LIST = Path.of("src/test/resources/participants/CTOC_COP_WG.3_2024_2-participants.csv");
    static final Path STATEMENTS = Path.of("src/test/resources/statements/CTOC_COP_WG.3_2024_2-statements.csv");
    static final String MEETING = "CTOC/COP/WG.3#15";

    @TempDir
    Path work;

    /** The figures checked by hand from the fixture (honorifics, positions, check-ins). */
    static final List<String> DELEGATIONS = List.of(
            // entity_code entity_name regional_group delegates women men unknown heads checked_in
            "DZA Algeria | African States | 5 2 2 1 1 4",
            "ARG Argentina | Latin American and Caribbean States | 4 2 1 1 1 3",
            "BRA Brazil | Latin American and Caribbean States | 6 3 2 1 1 5",
            "CAN Canada | Western European and other States | 5 2 2 1 1 4",
            "CHL Chile | Latin American and Caribbean States | 1 1 0 0 1 1",
            "EGY Egypt | African States | 5 1 3 1 1 4",
            "IDN Indonesia | Asia-Pacific States | 1 1 0 0 1 1",
            "JPN Japan | Asia-Pacific States | 4 2 2 0 1 4",
            "KEN Kenya | African States | 1 0 0 1 1 1",
            "MAR Morocco | African States | 5 2 2 1 1 4",
            "NLD Netherlands (Kingdom of the) | Western European and other States | 3 2 1 0 1 2",
            "POL Poland | Eastern European States | 4 2 2 0 1 4",
            "ZAF South Africa | African States | 1 0 1 0 0 0",
            "EU European Union |  | 3 2 1 0 1 2",
            " Global Cyber Alliance |  | 1 0 0 1 0 1");

    @Test
    void theCsvAndTheXlsxListGiveTheSameDelegationsFigureByFigure() throws Exception {
        Path fromCsv = run("csv", input -> Files.copy(LIST, input.resolve("participants").resolve(LIST.getFileName())));
        Path fromXlsx = run("xlsx", input -> writeXlsx(input.resolve("participants/CTOC_COP_WG.3_2024_2 list.xlsx")));

        List<Map<String, String>> rows = ExportFiles.rows(fromCsv.resolve("delegations.csv"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("meeting_id")).isEqualTo(MEETING));
        assertThat(rows).extracting(r -> r.get("entity_code") + " " + r.get("entity_name") + " | "
                + r.get("regional_group") + " | " + r.get("delegates") + " " + r.get("women") + " " + r.get("men")
                + " " + r.get("unknown_gender") + " " + r.get("heads_of_delegation") + " " + r.get("checked_in"))
                .containsExactlyElementsOf(DELEGATIONS);
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("women")) + Integer.parseInt(r.get("men"))
                + Integer.parseInt(r.get("unknown_gender"))).isEqualTo(Integer.parseInt(r.get("delegates"))));
        assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.get("delegates"))).sum()).isEqualTo(49);
        assertThat(Files.readString(fromXlsx.resolve("delegations.csv")))
                .isEqualTo(Files.readString(fromCsv.resolve("delegations.csv")));
    }

    @Test
    void attendanceByGroupAndTheGapsJoinTheListTheReportAndTheStatements() throws Exception {
        Path output = run("joined", input -> {
            Files.copy(LIST, input.resolve("participants").resolve(LIST.getFileName()));
            Files.copy(STATEMENTS, input.resolve("statements").resolve(STATEMENTS.getFileName()));
        });
        assertThat(ExportFiles.rows(output.resolve("attendance-by-group.csv")))
                .extracting(r -> r.get("regional_group") + " | " + r.get("delegations") + " " + r.get("delegates")
                        + " " + r.get("women_share") + " " + r.get("delegations_with_statement"))
                .containsExactly(
                        "African States | 5 17 0.385 5",
                        "Asia-Pacific States | 2 5 0.600 2",
                        "Eastern European States | 1 4 0.500 1",
                        "Latin American and Caribbean States | 3 11 0.667 2",
                        "Western European and other States | 2 8 0.571 1",
                        " | 2 4 0.667 1");
        assertThat(ExportFiles.rows(output.resolve("attendance-gaps.csv")))
                .extracting(r -> r.get("gap") + " " + r.get("entity_name"))
                .containsExactly(
                        "ATTENDED_NO_STATEMENT Chile",
                        "ATTENDED_NO_STATEMENT Global Cyber Alliance",
                        "ATTENDED_NO_STATEMENT Netherlands (Kingdom of the)",
                        "STATEMENT_NOT_ON_LIST India",
                        "STATEMENT_NOT_ON_LIST Mexico",
                        "STATEMENT_NOT_ON_LIST Russian Federation",
                        "STATEMENT_NOT_ON_LIST United Kingdom of Great Britain and Northern Ireland");
        assertThat(ExportFiles.rows(output.resolve("participation.csv")))
                .filteredOn(r -> r.get("role").equals("DELEGATION"))
                .hasSize(15)
                .allSatisfy(r -> assertThat(r.get("person")).isEmpty());
    }

    @Test
    void statementsNameTheirSpeakersAndTheGroupSpokenForWhichPositionsByEntityCredits() throws Exception {
        Path output = run("statements", input -> Files.copy(STATEMENTS, input.resolve("statements")
                .resolve(STATEMENTS.getFileName())));
        String source = "statements/CTOC_COP_WG.3_2024_2-statements.csv";
        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .filteredOn(r -> r.get("source").startsWith(source))
                .extracting(r -> r.get("source").substring(source.length()) + " " + r.get("topic") + " "
                        + r.get("stance") + " " + r.get("attributed_entity_code")
                        + (r.get("on_behalf_of").isEmpty() ? "" : " for " + r.get("on_behalf_of")) + " " + r.get("weight"))
                .containsExactly(
                        "#2 NEW_INSTRUMENT FOR BRA 1",
                        "#3 CAPACITY_BUILDING FOR BRA 1",
                        "#5 CAPACITY_BUILDING FOR EGY for AFRICAN_GROUP 1",
                        "#6 NEW_INSTRUMENT FOR EGY for AFRICAN_GROUP 1",
                        "#7 BUDAPEST_CONVENTION FOR EU 1",
                        "#8 NEW_INSTRUMENT AGAINST EU 1",
                        "#9 DATA_RETENTION AGAINST JPN 1",
                        "#10 NETWORKS_24_7 FOR JPN 1",
                        "#11 HUMAN_RIGHTS FOR CAN 1",
                        "#13 NEW_INSTRUMENT FOR RUS 1",
                        "#14 BUDAPEST_CONVENTION AGAINST RUS 1",
                        "#15 ELECTRONIC_EVIDENCE FOR ARG 1",
                        "#16 PRIVATE_SECTOR FOR ARG 1",
                        "#17 DRAFT_CONVENTION_ADOPTION FOR IND 1",
                        "#18 CAPACITY_BUILDING FOR KEN 1",
                        "#20 UNTOC FOR MEX 1",
                        "#21 BUDAPEST_CONVENTION FOR POL 1");
        assertThat(ExportFiles.rows(output.resolve("positions-by-entity.csv")))
                .extracting(r -> r.get("entity_code") + " " + r.get("topic") + " " + r.get("stance") + " "
                        + r.get("spoken_by"))
                .contains("AFRICAN_GROUP NEW_INSTRUMENT FOR EGY", "EU NEW_INSTRUMENT AGAINST ",
                        "RUS BUDAPEST_CONVENTION AGAINST ")
                .doesNotContain("EGY NEW_INSTRUMENT FOR ");
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndTheGoodRowsCount() throws Exception {
        RunOutput[] result = new RunOutput[1];
        Path output = run("bad", input -> Files.copy(Path.of("src/test/resources/participants/list-with-bad-rows.csv"),
                input.resolve("participants/list-with-bad-rows.csv")), result);
        assertThat(result[0].exitCode()).isEqualTo(3);
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .filteredOn(r -> r.get("source").equals("participants/list-with-bad-rows.csv"))
                .extracting(r -> r.get("location") + " " + r.get("severity") + " " + r.get("code"))
                .containsExactly("line 4 ERROR REJECTED_ROW", "line 5 ERROR REJECTED_ROW", "line 8 ERROR REJECTED_ROW");
        assertThat(ExportFiles.rows(output.resolve("delegations.csv")))
                .extracting(r -> r.get("entity_code") + " " + r.get("delegates"))
                .containsExactly("AFG 2", "CZE 2", "PRT 3");
    }

    @Test
    void noNameFromAListLeavesOutputRestrictedUnlessAskedFor() throws Exception {
        Path output = run("private", input -> Files.copy(LIST, input.resolve("participants").resolve(LIST.getFileName())));
        List<String> names = personNames();
        String report = new ReportRenderer("CTOC/COP/WG.3/2024/2", "V.24-09876", Files.readString(Path.of(
                "src/test/resources/documents/three-formats-report.txt"))).expectedWordText();
        List<String> unpublished = names.stream().filter(n -> !report.contains(n)).toList();
        assertThat(unpublished).hasSizeGreaterThan(90).doesNotContain("Nowak");

        String everything = publicText(output);
        for (String name : unpublished) {
            assertThat(everything).as("the name %s outside restricted/", name).doesNotContain(name);
        }
        assertThat(everything).contains("Nowak"); // the Chair, printed in the report itself
        assertThat(Files.readString(output.resolve("restricted/participants.csv"), StandardCharsets.UTF_8))
                .contains("Benali", "Wulandari", "Morgan");
        if (Files.getFileStore(output).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    output.resolve("restricted")))).isEqualTo("rwx------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    output.resolve("restricted/participants.csv")))).isEqualTo("rw-------");
        }

        Path withNames = work.resolve("with-names");
        RunOutput asked = RunOutput.of("nightly", "--input", work.resolve("private-input").toString(), "--output",
                withNames.toString(), "--include-personal-data");
        assertThat(asked.exitCode()).isZero();
        assertThat(workbookText(withNames.resolve("rapporteur.xlsx"))).contains("Benali", "Wulandari");
    }

    // ---- support ------------------------------------------------------------------------------------------------

    private interface Inputs {
        void put(Path input) throws IOException;
    }

    private Path run(String name, Inputs inputs) throws Exception {
        return run(name, inputs, new RunOutput[1]);
    }

    private Path run(String name, Inputs inputs, RunOutput[] result) throws Exception {
        Path input = work.resolve(name + "-input");
        Files.createDirectories(input.resolve("reports"));
        Files.createDirectories(input.resolve("participants"));
        Files.createDirectories(input.resolve("statements"));
        String word = Files.readString(Path.of("src/test/resources/documents/three-formats-report.txt"));
        Files.writeString(input.resolve("reports/CTOC_COP_WG.3_2024_2.txt"),
                new ReportRenderer("CTOC/COP/WG.3/2024/2", "V.24-09876", word).expectedWordText());
        inputs.put(input);
        Path output = work.resolve(name + "-output");
        result[0] = RunOutput.nightly(input, output);
        assertThat(result[0].exitCode()).as(result[0].out() + result[0].err()).isIn(0, 3);
        return output;
    }

    /** The list's rows as an Excel export: a title row, a blank row, then other spellings of the headers. */
    private static void writeXlsx(Path file) throws IOException {
        List<CSVRecord> records;
        try (var reader = Files.newBufferedReader(LIST)) {
            records = CSVFormat.RFC4180.parse(reader).getRecords();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Participants");
            sheet.createRow(0).createCell(0).setCellValue("List of participants, fifteenth meeting");
            Row header = sheet.createRow(2);
            String[] names = {"Salutation", "Given Name", "Surname", "Function", "Organization", "Participant type",
                    "Checked In"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r < records.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < records.get(r).size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(c));
                }
            }
            workbook.write(out);
        }
    }

    private static List<String> personNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (var reader = Files.newBufferedReader(LIST)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                names.add(r.get("First name"));
                names.add(r.get("LAST_NAME"));
            }
        }
        return names;
    }

    /** Every exported file outside restricted/ (CSV, manifest, workbook cells and logs), as one text. */
    private static String publicText(Path output) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = output.relativize(file).toString();
                if (relative.startsWith("restricted") || relative.startsWith("previous/restricted")
                        || relative.startsWith(".state")) {
                    continue;
                }
                text.append(relative.endsWith(".xlsx") ? workbookText(file)
                        : Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    private static String workbookText(Path workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
