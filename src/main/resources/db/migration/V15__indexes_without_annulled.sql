-- Every reader's list leaves out what was entered by mistake (an annulled decision, the committee of
-- an annulled establishment): its order and search indexes say the same, so that a list, a filter
-- and their counts are still answered from an index (NationalDataSetTest checks their plans).
CREATE INDEX committee_list_order_in_force_idx ON committee (level_rank, search_text, id) WHERE status <> 'ANNULLED';
CREATE INDEX committee_search_in_force_idx ON committee USING gin (search_text gin_trgm_ops) WHERE status <> 'ANNULLED';
CREATE INDEX committee_words_in_force_idx ON committee USING gin (words gin_trgm_ops) WHERE status <> 'ANNULLED';
DROP INDEX committee_list_order_idx;

CREATE INDEX decision_list_order_in_force_idx ON decision (known_on DESC NULLS LAST, id DESC) WHERE annulled_at IS NULL;
CREATE INDEX decision_type_order_in_force_idx ON decision (type, known_on DESC NULLS LAST, id DESC) WHERE annulled_at IS NULL;
DROP INDEX decision_list_order_idx;
DROP INDEX decision_type_order_idx;

-- The province filter: the provinces of the committee's unit, in its own structure and in today's.
CREATE INDEX committee_unit_province_in_force_idx ON committee (unit_province_id) WHERE status <> 'ANNULLED';
CREATE INDEX committee_unit_current_province_in_force_idx ON committee (unit_current_province_id) WHERE status <> 'ANNULLED';
