package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions through the nightly job: the evidence, the balance, credited speakers, review, and overrides. */
class PositionsExportTest {

    static final String SOURCE = "deliberations-small.txt";
    static final String MEETING = "XYZ/EG.2#2";

    @TempDir
    Path work;

    @Test
    void positionsSummaryByEntityAndReviewAreExported() throws Exception {
        Path output = run(null);

        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .extracting(r -> String.join("|", r.get("meeting_id"), r.get("source"), r.get("sentence_index"),
                        r.get("topic"), r.get("stance"), r.get("quantifier"), r.get("weight"),
                        r.get("attributed_entity_code"), r.get("rule")))
                .containsExactly(
                        MEETING + "|" + SOURCE + "#1|1|NEW_INSTRUMENT|AGAINST|Many speakers|4||NEED+negated",
                        MEETING + "|" + SOURCE + "#1|2|CAPACITY_BUILDING|FOR|Some speakers|2||STRENGTHEN",
                        MEETING + "|" + SOURCE + "#2|1|BUDAPEST_CONVENTION|FOR|The representative of Brazil|1|BRA|SUPPORT");
        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("confidence"))).isBetween(0.0, 1.0));
        assertThat(ExportFiles.rows(output.resolve("positions-summary.csv")))
                .extracting(r -> String.join("|", r.get("topic"), r.get("stance"), r.get("mentions"),
                        r.get("max_weight"), r.get("weighted_mentions")))
                .containsExactly("BUDAPEST_CONVENTION|FOR|1|1|1", "CAPACITY_BUILDING|FOR|1|2|2",
                        "NEW_INSTRUMENT|AGAINST|1|4|4");
        assertThat(ExportFiles.rows(output.resolve("positions-by-entity.csv")))
                .containsExactly(Map.ofEntries(Map.entry("meeting_id", MEETING), Map.entry("entity_code", "BRA"),
                        Map.entry("iso2", "BR"), Map.entry("m49", "76"), Map.entry("code_system", "ISO3"),
                        Map.entry("entity_name", "Brazil"), Map.entry("topic", "BUDAPEST_CONVENTION"),
                        Map.entry("stance", "FOR"), Map.entry("mentions", "1"), Map.entry("spoken_by", ""),
                        Map.entry("sources", SOURCE + "#2")));
        // a fact about a topic, reported: neither the rules nor the model find a position, an analyst may
        assertThat(ExportFiles.rows(output.resolve("review.csv")))
                .extracting(r -> r.get("source") + " " + r.get("sentence_index") + " " + r.get("reason"))
                .containsExactly(SOURCE + "#2 2 reporting verb and topic but no position");
    }

    @Test
    void anAnalystsOverridesApplyOnTheNextRunAndSaySo() throws Exception {
        Path overrides = work.resolve("overrides.csv");
        Files.writeString(overrides, "source,sentence_index,topic,stance\n"
                + SOURCE + "#1,1,NEW_INSTRUMENT,NEUTRAL\n"
                + SOURCE + "#2,1,BUDAPEST_CONVENTION,NONE\n"
                + SOURCE + "#9,1,UNTOC,FOR\n"
                + SOURCE + "#1,x,UNTOC,FOR\n");

        Path output = run(overrides);

        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .extracting(r -> r.get("topic") + " " + r.get("stance") + " " + r.get("rule"))
                .containsExactly("NEW_INSTRUMENT NEUTRAL OVERRIDE (was AGAINST)", "CAPACITY_BUILDING FOR STRENGTHEN");
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .filteredOn(r -> r.get("source").equals("position-overrides.csv"))
                .extracting(r -> r.get("location") + " " + r.get("code"))
                // by severity, then source, then line
                .containsExactly("line 4 UNUSED_OVERRIDE", "line 5 MALFORMED_ROW");
    }

    @Test
    void aSentenceListedForReviewBecomesAPositionByAnOverrideMarkedAsSuchInTheCsvAndTheWorkbook() throws Exception {
        Path first = run(null);
        assertThat(ExportFiles.rows(first.resolve("review.csv"))).extracting(r -> r.get("source") + " "
                + r.get("sentence_index")).containsExactly(SOURCE + "#2 2");
        Path overrides = work.resolve("overrides.csv");
        Files.writeString(overrides, "source,sentence_index,topic,stance\n" + SOURCE + "#2,2,DATA_RETENTION,NEUTRAL\n");

        Path output = run(overrides);

        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .filteredOn(r -> r.get("source").equals(SOURCE + "#2") && r.get("sentence_index").equals("2"))
                .extracting(r -> String.join("|", r.get("topic"), r.get("stance"), r.get("quantifier"),
                        r.get("weight"), r.get("confidence"), r.get("rule")))
                .containsExactly("DATA_RETENTION|NEUTRAL|Several speakers|3|1|OVERRIDE (was none)");
        assertThat(ExportFiles.rows(output.resolve("review.csv"))).isEmpty();
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .noneMatch(r -> r.get("code").equals("UNUSED_OVERRIDE"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(output.resolve("rapporteur.xlsx").toFile())) {
            var sheet = workbook.getSheet("positions");
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("On behalf of", "Confidence");
            List<String> rows = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                rows.add(row.getCell(header.indexOf("Topic code")).getStringCellValue() + " "
                        + row.getCell(header.indexOf("Confidence")).getNumericCellValue() + " "
                        + row.getCell(header.indexOf("Rule")).getStringCellValue());
            }
            assertThat(rows).contains("DATA_RETENTION 1.0 OVERRIDE (was none)");
        }
    }

    @Test
    void aMalformedCodebookIsRefusedBeforeAnythingIsRead() throws Exception {
        Path codebook = work.resolve("codebook.yml");
        Files.writeString(codebook, "version: 1\ntopics: []\n");
        RunOutput run = RunOutput.of("nightly", "--input", input().toString(), "--output",
                work.resolve("output").toString(), "--codebook", codebook.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the codebook is refused: " + codebook + " line 2: no topics");
        assertThat(work.resolve("output/positions.csv")).doesNotExist();
    }

    private Path run(Path overrides) throws Exception {
        Path output = work.resolve("output");
        List<String> args = new java.util.ArrayList<>(List.of("nightly", "--input", input().toString(), "--output",
                output.toString()));
        if (overrides != null) {
            args.addAll(List.of("--overrides", overrides.toString()));
        }
        RunOutput run = RunOutput.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return output;
    }

    private Path input() throws Exception {
        Path reports = work.resolve("input/reports");
        if (!Files.isDirectory(reports)) {
            Files.createDirectories(reports);
            try (var in = getClass().getResourceAsStream("/inputs/" + SOURCE)) {
                Files.copy(in, reports.resolve(SOURCE));
            }
        }
        return work.resolve("input");
    }
}
