-- The run (job execution id) that last read each input: the manifest of a run tells inputs read in it from unchanged ones.
ALTER TABLE input_document ADD COLUMN read_in_run BIGINT;
