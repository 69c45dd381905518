-- Indexes that let the filtered, id-ordered claim pages and the per-dimension verdict tallies
-- read only the matching index entries, so their cost follows the page and the matches, not the
-- table size. The composite indexes replace the single-column ones they start with.

DROP INDEX ix_claim_favors;
DROP INDEX ix_claim_source;
CREATE INDEX ix_claim_favors_id ON claim (favors, id);
CREATE INDEX ix_claim_source_id ON claim (source_id, id);
CREATE INDEX ix_claim_dimension_id ON claim (dimension_id, id);

DROP INDEX ix_verdict_dimension;
CREATE INDEX ix_verdict_dimension_winner ON verdict (dimension_id, winner);
