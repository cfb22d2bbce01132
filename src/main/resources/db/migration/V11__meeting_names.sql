-- The names a list of participants or a statements file gives its meeting, strongest first (its own INF symbol or a
-- short form, then a title's session in words, ...), were stored joined by " | " in meeting_symbol, cut at 300
-- characters. meeting_symbol now holds the strongest name alone, and meeting_names all of them, joined, where there
-- are several ('' where there is one), so that a reader of the database finds a symbol in meeting_symbol. Rows stored
-- before are split here (standard SQL: HSQLDB and PostgreSQL; the SET's right-hand sides read the old values); their
-- names stay as they were cut at 300 characters until the file is read again (a changed file, or a run with --full).
ALTER TABLE delegate ADD COLUMN meeting_names VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE statement_row ADD COLUMN meeting_names VARCHAR(2000) DEFAULT '' NOT NULL;
UPDATE delegate SET meeting_names = meeting_symbol,
        meeting_symbol = SUBSTRING(meeting_symbol FROM 1 FOR POSITION(' | ' IN meeting_symbol) - 1)
    WHERE POSITION(' | ' IN meeting_symbol) > 1;
UPDATE statement_row SET meeting_names = meeting_symbol,
        meeting_symbol = SUBSTRING(meeting_symbol FROM 1 FOR POSITION(' | ' IN meeting_symbol) - 1)
    WHERE POSITION(' | ' IN meeting_symbol) > 1;
