-- When each input was last read (UTC, ISO 8601 to the second): the workbook's Overview says what the run read and when.
-- Kept as text so that HSQLDB and PostgreSQL give back exactly what was written, whatever their time zones.
ALTER TABLE input_document ADD COLUMN read_at VARCHAR(40);
