-- Navigation: search that finds what people type.
-- committee.words holds, as whole words between single spaces, the committee's current and former
-- names and the names of the places it lies in (its unit, the unit above it, its province and the
-- province of today's structure whose territory it lies in), so
-- that "dak lak" finds the committees of tỉnh Đắk Lắk and not only those with Đắk Lắk in their name.
-- A query word must be one of these words ("hoa" is not a word of "khoa hoc"); the LIKE pattern
-- '% word %' is answered by the trigram index below. Place names also appear written together
-- ("daklak", "hochiminh") and, when three words or longer, by their initials ("hcm", "tth"), the
-- ways people write them in a hurry.

-- The folded text with everything but letters and digits turned into single spaces, between spaces.
CREATE FUNCTION registry_words(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT ' ' || btrim(regexp_replace(registry_fold(value), '[^[:alnum:]]+', ' ', 'g')) || ' '
$$;

-- The LIKE pattern that finds one folded word of a query as a whole word of registry_words().
CREATE FUNCTION registry_word_pattern(word text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT '% ' || replace(replace(replace(registry_fold(word), '\', '\\'), '%', '\%'), '_', '\_') || ' %'
$$;

-- A place's words: its full name, its name written together and, if long, its initials.
CREATE FUNCTION registry_place_words(name text, full_name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT registry_fold(full_name) || ' ' || replace(registry_fold(name), ' ', '')
           || coalesce(' ' || (SELECT string_agg(left(w.word, 1), '' ORDER BY w.n)
                               FROM regexp_split_to_table(registry_fold(name), ' ') WITH ORDINALITY AS w (word, n)
                               HAVING count(*) >= 3), '')
$$;

CREATE FUNCTION committee_place_words(unit bigint) RETURNS text
    LANGUAGE sql STABLE
AS $$
    SELECT string_agg(registry_place_words(a.name, a.full_name), ' ' ORDER BY a.id <> u.id, a.id <> u.parent_id)
    FROM administrative_unit u
    JOIN administrative_unit a ON a.id IN (u.id, u.parent_id, u.province_id, u.current_province_id)
    WHERE u.id = unit
$$;

ALTER TABLE committee ADD COLUMN words text;

-- For the statistics (/statistics), which count every committee by province: the unit's provinces
-- (in its own structure and in today's) and the last day of the unit, copied from the unit, so that
-- the counts read the committee table alone.
ALTER TABLE committee ADD COLUMN unit_province_id bigint, ADD COLUMN unit_current_province_id bigint,
    ADD COLUMN unit_valid_to date;

-- Runs after committee_search_text_trg (triggers fire in name order), so it sees the new search_text.
CREATE FUNCTION committee_fill_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.words := registry_words(NEW.search_text || ' ' || coalesce(committee_place_words(NEW.unit_id), ''));
    SELECT u.province_id, u.current_province_id, u.valid_to
    INTO NEW.unit_province_id, NEW.unit_current_province_id, NEW.unit_valid_to
    FROM administrative_unit u WHERE u.id = NEW.unit_id;
    RETURN NEW;
END $$;

CREATE TRIGGER committee_words_trg BEFORE INSERT OR UPDATE OF name, unit_id, search_text ON committee
    FOR EACH ROW EXECUTE FUNCTION committee_fill_words();

-- Units are not renamed in practice; if one is, or its period or provinces change, its committees follow.
CREATE FUNCTION unit_refresh_committee_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Writing unit_id again runs committee_fill_words for each committee concerned.
    UPDATE committee c SET unit_id = c.unit_id
    WHERE c.unit_id IN (SELECT u.id FROM administrative_unit u
                        WHERE NEW.id IN (u.id, u.parent_id, u.province_id, u.current_province_id));
    RETURN NULL;
END $$;

CREATE TRIGGER unit_committee_words_trg
    AFTER UPDATE OF name, full_name, province_id, current_province_id, valid_to ON administrative_unit
    FOR EACH ROW EXECUTE FUNCTION unit_refresh_committee_words();

-- Filling the new column is not a change anyone made (see V7).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tg.tgname FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
             WHERE p.proname = 'record_change' AND NOT tg.tgisinternal AND tg.tgrelid = 'committee'::regclass
    LOOP
        EXECUTE format('ALTER TABLE committee DISABLE TRIGGER %I', t.tgname);
    END LOOP;
    UPDATE committee SET unit_id = unit_id;
    FOR t IN SELECT tg.tgname FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
             WHERE p.proname = 'record_change' AND NOT tg.tgisinternal AND tg.tgrelid = 'committee'::regclass
    LOOP
        EXECUTE format('ALTER TABLE committee ENABLE TRIGGER %I', t.tgname);
    END LOOP;
END $$;

ALTER TABLE committee ALTER COLUMN words SET NOT NULL;
CREATE INDEX committee_words_idx ON committee USING gin (words gin_trgm_ops);

-- Who sits where: a seat's holder as a key (the folded name; no national person id exists, so people
-- are told apart by name only) and the words of its name and post, for /people?q=.
ALTER TABLE seat ADD COLUMN person_key text GENERATED ALWAYS AS (registry_fold(full_name)) STORED;
ALTER TABLE seat ADD COLUMN words text
    GENERATED ALWAYS AS (registry_words(coalesce(full_name, '') || ' ' || coalesce(position, ''))) STORED;
CREATE INDEX seat_person_idx ON seat (person_key, start_on, id);
CREATE INDEX seat_words_idx ON seat USING gin (words gin_trgm_ops);

-- The units a search names exactly ("dak lak": tỉnh Đắk Lắk), whose committees a search lists first:
-- the folded query as a full name, with or without the word of a level before it.
CREATE FUNCTION registry_unit_names(phrase text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT array_agg(level || registry_fold(phrase))
    FROM unnest(ARRAY['', 'tinh ', 'thanh pho ', 'huyen ', 'quan ', 'thi xa ', 'xa ', 'phuong ', 'thi tran ']) level
$$;
CREATE INDEX administrative_unit_full_name_idx ON administrative_unit (search_text);
