-- Each study counts its trials, so the next trial number is read from the (locked) study row
-- instead of searching the trials of a large study.
ALTER TABLE studies ADD COLUMN trial_count INTEGER DEFAULT 0 NOT NULL;

UPDATE studies SET trial_count = (SELECT COUNT(*) FROM trials t WHERE t.study_id = studies.id);
