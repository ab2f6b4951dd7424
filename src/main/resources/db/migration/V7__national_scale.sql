-- National scale: some 11,000 committees, 350,000 seats, 26,000 decisions.
--  1. A data version that every committed write moves on, so that the application may keep pages it
--     rendered and answer a conditional GET with 304, yet never show a page older than the data.
--  2. Sort keys for the committee and decision lists, kept by triggers, so that a page of a list is
--     read from an index instead of sorting every committee or decision.
--  3. Indexes for foreign keys that deletes and the decision page look up, and for the issuer filter.

-- 1. Data version -------------------------------------------------------------------------------

CREATE TABLE registry_change (
    id       smallint PRIMARY KEY CHECK (id = 1),
    version  bigint   NOT NULL
);
INSERT INTO registry_change (id, version) VALUES (1, 1);

-- One row per writing transaction, removed again by the same transaction when it commits.
CREATE TABLE registry_change_pending (
    id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

-- After any statement that writes a tracked table: note, once per transaction, that this
-- transaction changed data. The version itself moves at commit (below), so the row lock on it is
-- held for an instant, never while the transaction still works (no waits, no deadlocks), and a
-- reader can never see a new version before the data it stands for.
-- registry.changed also tells the application that its own transaction has uncommitted writes.
CREATE FUNCTION registry_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('registry.changed', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('registry.changed', 'yes', true);
        INSERT INTO registry_change_pending DEFAULT VALUES;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION registry_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE registry_change SET version = version + 1 WHERE id = 1;
    DELETE FROM registry_change_pending WHERE id = NEW.id;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER registry_change_at_commit AFTER INSERT ON registry_change_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_bump_version();

-- Every table a page may show is tracked. A table created by a later migration must be tracked too:
--   SELECT registry_track_changes('new_table');
-- (PageCacheTriggersTest fails for a table that is not.)
CREATE FUNCTION registry_track_changes(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER registry_page_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION registry_note_change()', target);
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.oid::regclass AS target FROM pg_class c
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
               AND c.relname NOT IN ('flyway_schema_history', 'registry_change', 'registry_change_pending')
             ORDER BY c.relname
    LOOP
        PERFORM registry_track_changes(t.target);
    END LOOP;
END $$;

-- 2. Sort keys ------------------------------------------------------------------------------------

-- The committee list is ordered by level (national, province, district, commune), then name.
CREATE FUNCTION registry_level_rank(level text) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT CASE level WHEN 'NATIONAL' THEN 0 WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2 ELSE 3 END::smallint
$$;

-- The level of the committee's unit; always set by the trigger below.
ALTER TABLE committee ADD COLUMN level_rank smallint;

CREATE FUNCTION committee_fill_level_rank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.level_rank := (SELECT registry_level_rank(u.level) FROM administrative_unit u WHERE u.id = NEW.unit_id);
    RETURN NEW;
END $$;

CREATE TRIGGER committee_level_rank_trg BEFORE INSERT OR UPDATE ON committee
    FOR EACH ROW EXECUTE FUNCTION committee_fill_level_rank();

CREATE FUNCTION unit_refresh_level_rank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE committee SET level_rank = registry_level_rank(NEW.level) WHERE unit_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER unit_level_rank_trg AFTER UPDATE OF level ON administrative_unit
    FOR EACH ROW EXECUTE FUNCTION unit_refresh_level_rank();

-- A decision's date as lists order by it: the date signed, or else that of the meeting that
-- adopted it (coalesce(d.signed_on, m.held_on)); always set by the triggers below.
ALTER TABLE decision ADD COLUMN known_on date;

CREATE FUNCTION decision_fill_known_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.known_on := coalesce(NEW.signed_on, (SELECT m.held_on FROM meeting m WHERE m.id = NEW.adopted_at_meeting_id));
    RETURN NEW;
END $$;

CREATE TRIGGER decision_known_on_trg BEFORE INSERT OR UPDATE ON decision
    FOR EACH ROW EXECUTE FUNCTION decision_fill_known_on();

CREATE FUNCTION meeting_refresh_known_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE decision SET known_on = coalesce(signed_on, NEW.held_on) WHERE adopted_at_meeting_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER meeting_known_on_trg AFTER UPDATE OF held_on ON meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_refresh_known_on();

-- Filling the new keys is not a change anyone made: the change log's row triggers, where there
-- are any, are off while the existing rows get them.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname, tg.tgname FROM pg_trigger tg
             JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_proc p ON p.oid = tg.tgfoid
             WHERE p.proname = 'record_change' AND NOT tg.tgisinternal AND c.relname IN ('committee', 'decision')
    LOOP
        EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I', t.relname, t.tgname);
    END LOOP;
    UPDATE committee SET unit_id = unit_id;
    UPDATE decision SET adopted_at_meeting_id = adopted_at_meeting_id;
    FOR t IN SELECT c.relname, tg.tgname FROM pg_trigger tg
             JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_proc p ON p.oid = tg.tgfoid
             WHERE p.proname = 'record_change' AND NOT tg.tgisinternal AND c.relname IN ('committee', 'decision')
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE TRIGGER %I', t.relname, t.tgname);
    END LOOP;
END $$;

CREATE INDEX committee_list_order_idx ON committee (level_rank, search_text, id);
CREATE INDEX decision_list_order_idx ON decision (known_on DESC NULLS LAST, id DESC);
CREATE INDEX decision_type_order_idx ON decision (type, known_on DESC NULLS LAST, id DESC);

-- 3. Lookups --------------------------------------------------------------------------------------

CREATE INDEX seat_appointed_by_idx ON seat (appointed_by_decision_id);
CREATE INDEX seat_ended_by_idx ON seat (ended_by_decision_id);
CREATE INDEX working_group_decision_idx ON working_group (establishing_decision_id);
CREATE INDEX decision_meeting_idx ON decision (adopted_at_meeting_id);
CREATE INDEX former_name_decision_idx ON committee_former_name (replaced_by_decision_id);
CREATE INDEX decision_issuer_search_idx ON decision USING gin (registry_fold(issuer) gin_trgm_ops);
-- The province filter's list of provinces, among 11,363 units.
CREATE INDEX administrative_unit_level_idx ON administrative_unit (level, code);
