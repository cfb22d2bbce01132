package org.rapporteur.statistics;

import java.util.List;

/** The exported tables' names and columns, in order: the contract with users' spreadsheets and scripts. */
public final class ExportColumns {

    public static final String MEETINGS = "meetings";
    public static final String ATTENDANCE = "attendance";
    public static final String PARTICIPATION = "participation";
    public static final String PARTICIPATION_MATRIX = "participation-matrix";
    public static final String DATA_QUALITY = "data-quality";

    public static final List<String> MEETINGS_COLUMNS = List.of("meeting_id", "body", "session_number",
            "report_symbol", "report_status", "job_number", "start_date", "end_date", "venue", "source");
    public static final List<String> ATTENDANCE_COLUMNS = List.of("meeting_id", "category", "count", "provisional",
            "source");
    public static final List<String> PARTICIPATION_COLUMNS = List.of("meeting_id", "entity_code", "entity_name",
            "entity_type", "regional_group", "role", "name_as_written", "person", "on_behalf_of", "provisional",
            "source");
    public static final List<String> MATRIX_FIXED_COLUMNS = List.of("entity_code", "entity_name", "entity_type",
            "regional_group");
    public static final List<String> DATA_QUALITY_COLUMNS = List.of("source", "location", "severity", "code",
            "message");

    private ExportColumns() {
    }
}
