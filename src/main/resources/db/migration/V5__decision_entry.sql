-- Decision entry by clerks: who entered what, idempotent submits, the signed PDF, what a
-- decision changed, and a change log that keeps every version of every row.

ALTER TABLE decision
    ADD COLUMN submission_id uuid UNIQUE,
    ADD COLUMN pdf_file      varchar(100),
    ADD COLUMN pdf_name      varchar(255),
    ADD COLUMN pdf_size      bigint CHECK (pdf_size > 0 AND pdf_size <= 10485760),
    ADD COLUMN changes       text,
    ADD COLUMN source_note   varchar(1000),
    ADD COLUMN created_at    timestamptz,
    ADD COLUMN created_by    varchar(100),
    ADD CONSTRAINT decision_pdf_complete CHECK ((pdf_file IS NULL) = (pdf_name IS NULL) AND (pdf_file IS NULL) = (pdf_size IS NULL));

-- Every insert, update and delete of the registry's rows, with the whole row before and after.
-- Written by triggers, so nothing that changes the data can skip it. The application names the
-- user per transaction: SELECT set_config('registry.user', 'name', true).
CREATE TABLE change_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    changed_by    varchar(100),
    table_name    varchar(50) NOT NULL,
    row_id        bigint NOT NULL,
    committee_id  bigint,
    action        varchar(6) NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    before        jsonb,
    after         jsonb,
    CONSTRAINT change_log_has_row CHECK (before IS NOT NULL OR after IS NOT NULL)
);
CREATE INDEX change_log_committee_idx ON change_log (committee_id, id);
CREATE INDEX change_log_row_idx ON change_log (table_name, row_id);

CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    any_row jsonb := coalesce(new_row, old_row);
BEGIN
    -- Derived columns alone do not make a change worth recording.
    IF TG_OP = 'UPDATE' AND old_row - 'version' - 'search_text' = new_row - 'version' - 'search_text' THEN
        RETURN NULL;
    END IF;
    INSERT INTO change_log (changed_by, table_name, row_id, committee_id, action, before, after)
    VALUES (nullif(current_setting('registry.user', true), ''), TG_TABLE_NAME, (any_row ->> 'id')::bigint,
            CASE WHEN TG_TABLE_NAME = 'committee' THEN (any_row ->> 'id')::bigint
                 ELSE (any_row ->> 'committee_id')::bigint END,
            TG_OP, old_row, new_row);
    RETURN NULL;
END $$;

CREATE TRIGGER committee_change AFTER INSERT OR UPDATE OR DELETE ON committee
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER committee_task_change AFTER INSERT OR UPDATE OR DELETE ON committee_task
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER committee_former_name_change AFTER INSERT OR UPDATE OR DELETE ON committee_former_name
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER seat_change AFTER INSERT OR UPDATE OR DELETE ON seat
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER decision_change AFTER INSERT OR UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER working_group_change AFTER INSERT OR UPDATE OR DELETE ON working_group
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER meeting_change AFTER INSERT OR UPDATE OR DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER role_change AFTER INSERT OR UPDATE OR DELETE ON role
    FOR EACH ROW EXECUTE FUNCTION record_change();

-- A committee's name is unique among the active committees of its administrative unit.
CREATE UNIQUE INDEX committee_active_name_unique ON committee (unit_id, registry_fold(name)) WHERE status = 'ACTIVE';

-- A roster has at most one serving Trưởng ban and one Phó Trưởng ban Thường trực; a working
-- group at most one Tổ trưởng. (That there is exactly one head is checked when a decision is
-- entered.) Role ids are looked up by code, since a partial index needs constants.
DO $$
DECLARE
    head bigint := (SELECT id FROM role WHERE code = 'TRUONG_BAN');
    standing bigint := (SELECT id FROM role WHERE code = 'PHO_TRUONG_BAN_THUONG_TRUC');
    leader bigint := (SELECT id FROM role WHERE code = 'TO_TRUONG');
BEGIN
    EXECUTE format('CREATE UNIQUE INDEX seat_one_head ON seat (committee_id) '
                   'WHERE working_group_id IS NULL AND end_on IS NULL AND role_id = %s', head);
    EXECUTE format('CREATE UNIQUE INDEX seat_one_standing_deputy ON seat (committee_id) '
                   'WHERE working_group_id IS NULL AND end_on IS NULL AND role_id = %s', standing);
    EXECUTE format('CREATE UNIQUE INDEX seat_one_group_leader ON seat (working_group_id) '
                   'WHERE working_group_id IS NOT NULL AND end_on IS NULL AND role_id = %s', leader);
END $$;

-- Số, ký hiệu is unique per issuing authority however the authority's name is typed.
CREATE UNIQUE INDEX decision_number_unique_folded ON decision (registry_fold(issuer), number_symbol)
    WHERE number_symbol IS NOT NULL;
