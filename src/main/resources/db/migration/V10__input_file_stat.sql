-- The size and modification time (nanoseconds since the epoch) of each input file as they were when its content was
-- hashed: a file that shows the same two in a later run is known unchanged without being opened, as git's index does.
-- NULL when not known, or when the file was modified too recently to trust its time (it could change again within
-- the same tick of the clock): such a file is hashed in the next run.
ALTER TABLE input_document ADD COLUMN file_size BIGINT;
ALTER TABLE input_document ADD COLUMN file_modified BIGINT;

-- The fingerprint of the code (see CodeFingerprint), by the jar it was computed from and that jar's size and time:
-- computed once per jar, not at every start (hashing the jar costs about a second of CPU).
CREATE TABLE code_fingerprint (
    location VARCHAR(2000) NOT NULL PRIMARY KEY,
    file_size BIGINT NOT NULL,
    file_modified BIGINT NOT NULL,
    fingerprint VARCHAR(64) NOT NULL
);
