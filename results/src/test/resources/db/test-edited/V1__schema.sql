-- The results schema V1 as if edited after it was applied (used by the migrator tests).
CREATE TABLE other (id INTEGER);
