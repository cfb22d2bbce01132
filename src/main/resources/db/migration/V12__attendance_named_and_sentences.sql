-- How many of the entities an attendance count counts the report names (as represented, in a list or in the count's
-- own sentence): 0 flags a count whose members the report does not name ("representatives of 7 intergovernmental
-- organizations also attended"), which the attendance tables give only as that count. And the sentence of its
-- paragraph a count or a participation row comes from (from 1, as positions count them; 0 where no one sentence
-- holds it). Facts stored before are read again on the next run (the code changed), so the defaults only need to
-- stand until then.
ALTER TABLE attendance_count ADD COLUMN named INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE attendance_count ADD COLUMN sentence_index INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE participation ADD COLUMN sentence_index INTEGER DEFAULT 0 NOT NULL;
