package org.rapporteur.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks the exports of a run against the truth of the synthetic reports it read: per report, from meetings.csv,
 * attendance.csv and participation.csv, its symbol, status, meeting, session, first and last sitting, the Member
 * States attending, the States that made statements and the Chair's country.
 */
final class FactCheck {

    /** Reports checked, reports whose every fact matched, mismatches per fact, and the first few differences. */
    record Result(int checked, int matched, Map<String, Integer> mismatches, List<String> examples) {

        boolean allMatch() {
            return checked == matched;
        }
    }

    private FactCheck() {
    }

    static Result check(Path output, List<ReportTruth> truths) throws IOException {
        Map<String, CSVRecord> meetings = new HashMap<>();
        read(output.resolve("meetings.csv"), r -> meetings.put(r.get("source"), r));
        Map<String, String> memberStates = new HashMap<>();
        read(output.resolve("attendance.csv"), r -> {
            if (r.get("category").equals("MEMBER_STATE")) {
                memberStates.put(r.get("meeting_id"), r.get("count"));
            }
        });
        Map<String, Set<String>> speakers = new HashMap<>();
        Map<String, Set<String>> chairs = new HashMap<>();
        read(output.resolve("participation.csv"), r -> {
            String type = r.get("entity_type");
            boolean state = type.equals("MEMBER_STATE") || type.equals("OBSERVER_STATE");
            if (r.get("role").equals("STATEMENT") && state) {
                speakers.computeIfAbsent(r.get("meeting_id"), k -> new TreeSet<>()).add(r.get("entity_code"));
            } else if (r.get("role").equals("CHAIR")) {
                chairs.computeIfAbsent(r.get("meeting_id"), k -> new TreeSet<>()).add(r.get("entity_code"));
            }
        });
        Map<String, Integer> mismatches = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        int matched = 0;
        for (ReportTruth truth : truths) {
            CSVRecord meeting = meetings.get(truth.file());
            Map<String, String[]> facts = new LinkedHashMap<>();
            if (meeting == null) {
                facts.put("exported", new String[] {"yes", "no"});
            } else {
                String id = meeting.get("meeting_id");
                facts.put("symbol", new String[] {truth.symbol(), meeting.get("report_symbol")});
                facts.put("status", new String[] {truth.status(), meeting.get("report_status")});
                facts.put("meeting_id", new String[] {truth.meetingId(), id});
                facts.put("session", new String[] {String.valueOf(truth.session()), meeting.get("session_number")});
                facts.put("start_date", new String[] {truth.startDate().toString(), meeting.get("start_date")});
                facts.put("end_date", new String[] {truth.endDate().toString(), meeting.get("end_date")});
                facts.put("member_states", new String[] {String.valueOf(truth.memberStates()),
                        memberStates.getOrDefault(id, "")});
                facts.put("speakers", new String[] {String.join(" ", truth.speakers()),
                        String.join(" ", speakers.getOrDefault(id, Set.of()))});
                facts.put("chair", new String[] {truth.chair(), String.join(" ", chairs.getOrDefault(id, Set.of()))});
            }
            boolean all = true;
            for (Map.Entry<String, String[]> fact : facts.entrySet()) {
                if (!fact.getValue()[0].equals(fact.getValue()[1])) {
                    all = false;
                    mismatches.merge(fact.getKey(), 1, Integer::sum);
                    if (examples.size() < 10) {
                        examples.add(truth.file() + ": " + fact.getKey() + " expected [" + fact.getValue()[0]
                                + "] exported [" + fact.getValue()[1] + "]");
                    }
                }
            }
            if (all) {
                matched++;
            }
        }
        return new Result(truths.size(), matched, mismatches, examples);
    }

    private static void read(Path csv, Consumer<CSVRecord> row) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                row.accept(record);
            }
        }
    }
}
