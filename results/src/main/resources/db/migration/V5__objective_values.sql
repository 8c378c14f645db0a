-- Every objective's value of a COMPLETE trial of a multi-objective study, as a JSON array of numbers in the
-- order of the space's objectives (its first element equals value); NULL for single-objective trials and for
-- trials stored before this version, which keep their one value in the column value.
ALTER TABLE trials ADD COLUMN objective_values VARCHAR;
