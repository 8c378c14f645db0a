-- A migration between V2 and V3, used by the migrator tests.
CREATE TABLE study_notes (
    study_id  BIGINT NOT NULL REFERENCES studies (id),
    note      VARCHAR NOT NULL
);
CREATE INDEX study_notes_study_ix ON study_notes (study_id);
