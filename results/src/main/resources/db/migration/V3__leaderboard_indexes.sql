-- Leaderboards read the best COMPLETE trials in value order with the trial number as tie-breaker; these
-- indexes match both directions exactly, so a top-N read stops after N index entries at any study size.
CREATE INDEX trials_board_asc_ix ON trials (study_id, state, value ASC, number ASC);
CREATE INDEX trials_board_desc_ix ON trials (study_id, state, value DESC, number ASC);
