-- Why a study stopped without finishing (state FAILED), for example a space this server's policy refuses;
-- NULL while it has no such reason.
ALTER TABLE studies ADD COLUMN reason VARCHAR;
