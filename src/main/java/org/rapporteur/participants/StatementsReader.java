package org.rapporteur.participants;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;

/**
 * Reads a statements file: CSV with the columns {@code meeting_symbol, speaker, text}, one row per statement. The
 * speaker is resolved like any name; "Egypt on behalf of the Group of African States" (also with a comma or in
 * parentheses) is Egypt speaking for the group. A row without a speaker, text or known speaker is left out with its
 * line; the others load.
 */
public final class StatementsReader {

    private static final Pattern BEHALF = Pattern.compile(
            "^(.+?)\\s*[,(]?\\s*(?:speaking\\s+)?on behalf of\\s+(.+?)\\s*\\)?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern IN_PARENTHESES = Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final Pattern MEMBERS = Pattern.compile("(?i)\\s*,?\\s+and\\s+(?:its|their)\\s+member\\s+"
            + "(?:States|countries)\\s*$");

    /** "The representative of Brazil", "the observer for the State of Palestine": the delegation is what follows. */
    private static final Pattern ROLE = Pattern.compile("(?i)^\\s*(?:the\\s+)?(?:(?:permanent\\s+)?representatives?|"
            + "delegations?|delegates?|observers?|experts?|speakers?)\\s+(?:of|for|from)\\s+");

    private final NameResolver resolver;

    public StatementsReader(NameResolver resolver) {
        this.resolver = resolver;
    }

    public StatementsFile read(String fileName, String text) {
        List<TabularFile.Line> lines;
        try {
            lines = TabularFile.csv(text);
        } catch (IOException | RuntimeException e) {
            return refused(FindingCode.MALFORMED_FILE, "Not a readable CSV file: " + e.getMessage());
        }
        int headerAt = -1;
        Columns columns = null;
        Column speakerColumn = Column.SPEAKER;
        for (int i = 0; i < Math.min(10, lines.size()); i++) {
            Columns candidate = Columns.of(lines.get(i).cells());
            // "speaker", else a delegation column ("Country", "Delegation") names who spoke
            Column who = candidate.has(Column.SPEAKER) ? Column.SPEAKER : Column.DELEGATION;
            if (candidate.has(who) && candidate.has(Column.TEXT)) {
                headerAt = i;
                columns = candidate;
                speakerColumn = who;
                break;
            }
        }
        if (columns == null) {
            return refused(FindingCode.MISSING_COLUMN, "No header row with the columns meeting_symbol, speaker (or "
                    + "country, delegation) and text");
        }
        String fileSymbol = MeetingSymbols.fromFileName(fileName).orElse("");
        if (!columns.has(Column.MEETING) && fileSymbol.isEmpty()) {
            return refused(FindingCode.MISSING_MEETING, "No meeting_symbol column, and the file name names no "
                    + "meeting");
        }
        List<Statement> statements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (TabularFile.Line line : lines.subList(headerAt + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + line.number();
            String symbol = columns.get(line.cells(), Column.MEETING);
            if (symbol.isEmpty()) {
                symbol = fileSymbol;
            }
            String speaker = columns.get(line.cells(), speakerColumn);
            String said = columns.get(line.cells(), Column.TEXT);
            if (symbol.isEmpty()) {
                findings.add(row(where, "No meeting_symbol; the statement is left out"));
            } else if (speaker.isEmpty()) {
                findings.add(row(where, "No speaker; the statement is left out"));
            } else if (said.isEmpty()) {
                findings.add(row(where, "No text; the statement is left out"));
            } else {
                Optional<Statement> statement = statement(line.number(), symbol, speaker, said);
                if (statement.isEmpty()) {
                    // not quoted: a speaker column may hold a person's name
                    findings.add(row(where, "The speaker is no State, organisation or group of the reference tables "
                            + "(write the delegation, e.g. \"Egypt\" or \"Egypt on behalf of the Group of African "
                            + "States\"); the statement is left out"));
                } else {
                    statements.add(statement.get());
                }
            }
        }
        return new StatementsFile(statements, findings);
    }

    private Optional<Statement> statement(int line, String symbol, String speaker, String text) {
        Optional<Entity> whole = resolve(speaker);
        if (whole.isPresent()) {
            return Optional.of(new Statement(line, symbol, speaker, whole.get(), null, text));
        }
        Matcher m = BEHALF.matcher(speaker);
        if (m.matches()) {
            Optional<Entity> who = resolve(m.group(1));
            Optional<Entity> group = resolve(m.group(2));
            if (who.isPresent() && group.isPresent()) {
                return Optional.of(new Statement(line, symbol, speaker, who.get(), group.get(), text));
            }
        }
        return Optional.empty();
    }

    /**
     * A speaker or group as written: the name itself, else the delegation in parentheses ("Mr. A. Hassan (Egypt)"),
     * else without the members a group is said to speak with ("the European Union and its member States").
     */
    private Optional<Entity> resolve(String name) {
        Optional<Entity> entity = resolver.resolve(name);
        if (entity.isPresent()) {
            return entity;
        }
        Matcher inParentheses = IN_PARENTHESES.matcher(name);
        if (inParentheses.find()) {
            entity = resolver.resolve(inParentheses.group(1));
            if (entity.isPresent()) {
                return entity;
            }
        }
        String withoutRole = ROLE.matcher(name).replaceFirst("").strip();
        if (!withoutRole.equals(name.strip())) {
            entity = resolve(withoutRole);
            if (entity.isPresent()) {
                return entity;
            }
        }
        String withoutMembers = MEMBERS.matcher(name).replaceFirst("").strip();
        return withoutMembers.equals(name.strip()) ? Optional.empty() : resolver.resolve(withoutMembers);
    }

    private static Finding row(String where, String message) {
        return new Finding(where, FindingCode.REJECTED_ROW, message);
    }

    private static StatementsFile refused(FindingCode code, String message) {
        return new StatementsFile(List.of(), List.of(Finding.inFile(code, message)));
    }
}
