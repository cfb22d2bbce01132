package org.rapporteur.tables;

import java.util.Locale;
import java.util.Map;

/**
 * A column of an export table: its header (the CSV's and the sheet's) and its value in a row. A table's fixed columns
 * are an enum implementing this, whose constant names give the headers ({@code MEETING_ID} is {@code meeting_id}).
 *
 * @param <R> the table's row record
 */
public interface TableColumn<R> {

    /** The value of this column in a row: text, a number, a boolean, a date, or null for an empty cell. */
    Object value(R row);

    /** What the column holds, for the "About these tables" sheet and the README. */
    String meaning();

    /** The header: the enum constant's name in lower case. */
    default String header() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /**
     * The column's heading in words, as the workbook's sheets show it ("Regional group"); the CSV file keeps the
     * {@link #header()}, which scripts read. A column name means one thing in every table, so it has one label
     * ({@link #LABELS}); a name without one is shown as it is.
     */
    default String label() {
        return LABELS.getOrDefault(header(), header());
    }

    /** Every fixed column's heading in words, by its name: the one place the workbook's headings come from. */
    Map<String, String> LABELS = Map.ofEntries(
            Map.entry("also_in", "Also in statements file"),
            Map.entry("attributed_entity_code", "Speaker code"),
            Map.entry("basis", "Basis of count"),
            Map.entry("body", "Body"),
            Map.entry("body_name", "Body name"),
            Map.entry("capacity", "Capacity"),
            Map.entry("category", "Category"),
            Map.entry("checked_in", "Checked in"),
            Map.entry("code", "Finding"),
            Map.entry("code_system", "Code system"),
            Map.entry("column", "Column (CSV name)"),
            Map.entry("confidence", "Confidence"),
            Map.entry("count", "Count"),
            Map.entry("delegates", "Delegates"),
            Map.entry("delegation_as_written", "Delegation as written"),
            Map.entry("delegations", "Delegations"),
            Map.entry("delegations_with_statement", "Delegations with a statement"),
            Map.entry("end_date", "End date"),
            Map.entry("entity_code", "Entity code"),
            Map.entry("entity_name", "Entity"),
            Map.entry("entity_type", "Entity type"),
            Map.entry("file", "File"),
            Map.entry("first_name", "First name"),
            Map.entry("gap", "Gap"),
            Map.entry("gender", "Gender"),
            Map.entry("heading", "Heading on the sheet"),
            Map.entry("head_of_delegation", "Head of delegation"),
            Map.entry("heads_of_delegation", "Heads of delegation"),
            Map.entry("iso2", "ISO2"),
            Map.entry("job_number", "Job number"),
            Map.entry("last_name", "Last name"),
            Map.entry("location", "Place in the file"),
            Map.entry("m49", "M49"),
            Map.entry("max_weight", "Highest weight"),
            Map.entry("meaning", "Meaning"),
            Map.entry("meeting_id", "Meeting"),
            Map.entry("men", "Men"),
            Map.entry("mentions", "Mentions"),
            Map.entry("mentions_to_review", "Mentions to review"),
            Map.entry("message", "Message"),
            Map.entry("name_as_written", "Name as written"),
            Map.entry("named", "Named"),
            Map.entry("on_behalf_of", "On behalf of"),
            Map.entry("paragraph", "Paragraph"),
            Map.entry("person", "Person"),
            Map.entry("position", "Position"),
            Map.entry("provisional", "Provisional"),
            Map.entry("quantifier", "Quantifier"),
            Map.entry("reason", "Reason"),
            Map.entry("regional_group", "Regional group"),
            Map.entry("report_status", "Report status"),
            Map.entry("report_symbol", "Report symbol"),
            Map.entry("role", "Role"),
            Map.entry("rule", "Rule"),
            Map.entry("sentence", "Sentence"),
            Map.entry("sentence_index", "Sentence no."),
            Map.entry("session_number", "Session"),
            Map.entry("severity", "Severity"),
            Map.entry("source", "Source"),
            Map.entry("source_file", "Source file"),
            Map.entry("sources", "Sources"),
            Map.entry("spoken_by", "Spoken by"),
            Map.entry("stance", "Stance"),
            Map.entry("start_date", "Start date"),
            Map.entry("title", "Title"),
            Map.entry("topic", "Topic code"),
            Map.entry("unknown_gender", "Gender unknown"),
            Map.entry("venue", "Venue"),
            Map.entry("weight", "Weight"),
            Map.entry("weighted_mentions", "Weighted mentions"),
            Map.entry("weighted_to_review", "Weighted to review"),
            Map.entry("women", "Women"),
            Map.entry("women_share", "Women's share"),
            Map.entry("year", "Year"));
}
