-- Lets claim pages filtered or sorted by kind read their rows in order from the index and stop
-- after the page, as V6 does for dimension, source and favors.

CREATE INDEX ix_claim_kind_id ON claim (kind, id);
