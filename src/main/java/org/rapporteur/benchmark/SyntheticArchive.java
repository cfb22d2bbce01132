package org.rapporteur.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rapporteur.reference.ReferenceData;

/**
 * An input folder of synthetic reports: {@code reports/} with one text file per report, and {@code truth.csv} beside
 * it (outside the folders the nightly job reads) with what each report says.
 */
public final class SyntheticArchive {

    public static final String TRUTH = "truth.csv";
    private static final String[] HEADER = {"file", "symbol", "status", "meeting_id", "session", "start_date",
            "end_date", "member_states", "speakers", "chair"};

    private final ReportGenerator generator;
    private final Path input;

    /**
     * @param input  the input folder to write ({@code reports/} under it)
     * @param series the number of body series the reports are spread over
     * @param seed   the same seed gives the same bytes
     */
    public SyntheticArchive(Path input, int series, long seed) {
        this.generator = new ReportGenerator(ReferenceData.loadDefault(), series, seed);
        this.input = input;
    }

    /** The fewest body series for {@code count} reports (sessions are written as ordinals up to ninety-ninth). */
    public static int minimumSeries(int count) {
        return ReportGenerator.minimumSeries(count);
    }

    /** Three series (one of each kind of body), or as many as {@code count} reports need. */
    public static int defaultSeries(int count) {
        return Math.max(3, minimumSeries(count));
    }

    public Path reports() {
        return input.resolve("reports");
    }

    /** Writes reports 0 to {@code count - 1} and their truth; returns the bytes of text written. */
    public long write(int count) throws IOException {
        Files.createDirectories(reports());
        List<ReportTruth> truths = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            ReportGenerator.Generated report = generator.report(i);
            byte[] text = report.text().getBytes(StandardCharsets.UTF_8);
            Files.write(reports().resolve(report.truth().file()), text);
            bytes += text.length;
            truths.add(report.truth());
        }
        writeTruth(truths);
        return bytes;
    }

    /**
     * Rewrites report {@code index} as another text of the same meeting, and its truth; returns its file name. The text
     * is that of the first variant from {@code variant} on that keeps the report's file name: another variant may draw
     * the other status (draft or final), whose symbol names another file, which would add a report rather than change
     * one.
     */
    public String change(int index, int variant) throws IOException {
        String file = generator.report(index).truth().file();
        int kept = variant;
        while (!generator.report(index, kept).truth().file().equals(file)) {
            kept++;
        }
        ReportGenerator.Generated report = generator.report(index, kept);
        Files.writeString(reports().resolve(report.truth().file()), report.text(), StandardCharsets.UTF_8);
        List<ReportTruth> truths = new ArrayList<>(readTruth(input));
        truths.replaceAll(t -> t.file().equals(report.truth().file()) ? report.truth() : t);
        writeTruth(truths);
        return report.truth().file();
    }

    private void writeTruth(List<ReportTruth> truths) throws IOException {
        try (Writer out = Files.newBufferedWriter(input.resolve(TRUTH), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (ReportTruth t : truths) {
                csv.printRecord(t.file(), t.symbol(), t.status(), t.meetingId(), t.session(), t.startDate(),
                        t.endDate(), t.memberStates(), String.join(" ", t.speakers()), t.chair());
            }
        }
    }

    /** The truth written beside the reports of an input folder. */
    static List<ReportTruth> readTruth(Path input) throws IOException {
        List<ReportTruth> truths = new ArrayList<>();
        try (var reader = Files.newBufferedReader(input.resolve(TRUTH), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                truths.add(new ReportTruth(r.get("file"), r.get("symbol"), r.get("status"), r.get("meeting_id"),
                        Integer.parseInt(r.get("session")), LocalDate.parse(r.get("start_date")),
                        LocalDate.parse(r.get("end_date")), Integer.parseInt(r.get("member_states")),
                        r.get("speakers").isEmpty() ? List.of() : Arrays.asList(r.get("speakers").split(" ")),
                        r.get("chair")));
            }
        }
        return truths;
    }
}
