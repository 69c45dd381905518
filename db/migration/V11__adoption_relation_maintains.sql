-- An organisation may maintain a language ("now maintained by the Rust Foundation",
-- rust-vs-go-2025-which-backend-language): the relation MAINTAINS joins the allowed values.
ALTER TABLE adoption DROP CONSTRAINT ck_adoption_relation;
ALTER TABLE adoption ADD CONSTRAINT ck_adoption_relation
    CHECK (relation IN ('USES', 'FUNDS', 'CREATED', 'MAINTAINS', 'HIRES', 'MIGRATED_TO', 'MIGRATED_FROM'));
