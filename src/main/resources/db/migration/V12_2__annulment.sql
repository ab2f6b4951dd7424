-- A decision entered by mistake (nhập nhầm) is annulled, never deleted: what it did is undone, the
-- decision stays, marked, with who annulled it, when and why; the change log keeps every step.
-- A committee whose establishment was annulled is ANNULLED: no reader's list shows it.
ALTER TABLE decision
    ADD COLUMN annulled_at   timestamptz,
    ADD COLUMN annulled_by   varchar(100),
    ADD COLUMN annul_reason  varchar(1000),
    ADD CONSTRAINT decision_annulment_complete CHECK ((annulled_at IS NULL) = (annul_reason IS NULL)
                                                      AND (annul_reason IS NULL OR btrim(annul_reason) <> ''));

ALTER TABLE committee DROP CONSTRAINT committee_status_check;
ALTER TABLE committee ADD CONSTRAINT committee_status_check
    CHECK (status IN ('ACTIVE', 'DISSOLVED', 'REPLACED', 'ANNULLED'));
