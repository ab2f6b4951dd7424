-- Units in time: on 01/07/2025 Vietnam's district level was abolished, 63 provinces became 34 and
-- 10,595 communes became 3,321. A unit now has the period it existed; its code means something only
-- with that period (52 was Bình Định and is Gia Lai). V9 seeds the 2025 structure and the reform's
-- lineage from the shipped CSV files.
--   valid_from NULL: the unit existed before the records begin (the 2024 list is of 01/05/2024).
--   valid_to   NULL: the unit still exists.

CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE administrative_unit
    ADD COLUMN valid_from date,
    ADD COLUMN valid_to date,
    -- The province of today's structure whose territory the unit lies in (itself for a current
    -- province). Filled by V9; the province filter finds old committees by it.
    ADD COLUMN current_province_id bigint REFERENCES administrative_unit (id),
    ADD CONSTRAINT unit_period_ordered CHECK (valid_to >= valid_from);

ALTER TABLE administrative_unit DROP CONSTRAINT administrative_unit_code_key;
-- A code is unique within a period: no two units with one code exist on the same day.
ALTER TABLE administrative_unit ADD CONSTRAINT unit_code_unique_in_period
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&);

CREATE INDEX administrative_unit_current_province_idx ON administrative_unit (current_province_id);

-- What became of a unit: the unit(s) that took its territory over. A commune split between several
-- new ones has a row for each (part_only true); part_only NULL where the source does not know.
CREATE TABLE unit_succession (
    predecessor_id  bigint  NOT NULL REFERENCES administrative_unit (id),
    successor_id    bigint  NOT NULL REFERENCES administrative_unit (id),
    part_only       boolean,
    basis           varchar(200) NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT unit_succession_not_self CHECK (predecessor_id <> successor_id)
);
CREATE INDEX unit_succession_successor_idx ON unit_succession (successor_id);

SELECT registry_track_changes('unit_succession');
