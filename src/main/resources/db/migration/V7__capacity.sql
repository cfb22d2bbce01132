-- The capacity a report names for an entity or a count (PARTY, SIGNATORY, OBSERVER, MEMBER of the body); '' where it
-- names none. Attendance counts are kept as the report prints them, one row each ("52 States members of the
-- Commission" and "observers for 98 other States" are two counts, not one of 150), with their capacity and whether the
-- report prints the number (PRINTED) or it was counted from a list (LIST); a category may now be
-- REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION. Facts stored before are read again on the next run (the code changed),
-- so the old counts (one per category) only need to survive until then.
ALTER TABLE participation ADD COLUMN capacity VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE participation ALTER COLUMN category SET DATA TYPE VARCHAR(60);

CREATE TABLE attendance_count_by_capacity (
    source      VARCHAR(1000) NOT NULL,
    seq         INTEGER       NOT NULL,
    category    VARCHAR(60)   NOT NULL,
    capacity    VARCHAR(20)   NOT NULL,
    paragraph   INTEGER       NOT NULL,
    count_value INTEGER       NOT NULL,
    basis       VARCHAR(20)   NOT NULL,
    provisional BOOLEAN       NOT NULL,
    PRIMARY KEY (source, seq)
);
INSERT INTO attendance_count_by_capacity (source, seq, category, capacity, paragraph, count_value, basis, provisional)
    SELECT source, CASE category WHEN 'MEMBER_STATE' THEN 0 WHEN 'OBSERVER_STATE' THEN 1 WHEN 'UN_ENTITY' THEN 2
               WHEN 'SPECIALIZED_AGENCY' THEN 3 WHEN 'IGO' THEN 4 WHEN 'NGO' THEN 5 WHEN 'ACADEMIA' THEN 6
               WHEN 'PRIVATE_SECTOR' THEN 7 WHEN 'ACADEMIA_AND_PRIVATE_SECTOR' THEN 8 ELSE 9 END,
           category, '', paragraph, count_value, 'PRINTED', provisional FROM attendance_count;
DROP TABLE attendance_count;
ALTER TABLE attendance_count_by_capacity RENAME TO attendance_count;
