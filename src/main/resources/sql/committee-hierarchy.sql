-- Where a committee sits: the committee of the nearest unit above its own that has one (commune ->
-- district -> province -> national, in the structure of the committee's own time) and a page of the
-- committees of the units below, valid on the day shown. That day is :on, or, for a unit
-- that ceased before it (or began after it), the last (or first) day the unit existed.
-- One statement; the recursion climbs at most three parents.
WITH RECURSIVE me AS (
    SELECT u.id AS unit_id, u.parent_id,
           greatest(u.valid_from, least(CAST(:on AS date), u.valid_to)) AS day  -- both skip NULLs
    FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
    WHERE c.id = :id),
up AS (
    SELECT a.id, a.parent_id, 1 AS depth FROM administrative_unit a JOIN me ON a.id = me.parent_id
    UNION ALL
    SELECT a.id, a.parent_id, up.depth + 1 FROM administrative_unit a JOIN up ON a.id = up.parent_id),
above AS (
    SELECT pc.id, pc.name, au.full_name AS "unitName"
    FROM up JOIN committee pc ON pc.unit_id = up.id AND pc.status <> 'ANNULLED' JOIN administrative_unit au ON au.id = up.id
    ORDER BY up.depth, pc.status = 'ACTIVE' DESC, pc.id LIMIT 1),
-- The units below whose committee answers to this one: those directly below and, except under the
-- national committee (which lists the provinces' only), those one step further whose parent has no committee.
children AS (
    SELECT b.id, b.code, b.full_name, b.level FROM administrative_unit b JOIN me ON b.parent_id = me.unit_id
    WHERE (b.valid_from IS NULL OR b.valid_from <= me.day) AND (b.valid_to IS NULL OR b.valid_to >= me.day)),
units_below AS (
    SELECT * FROM children
    UNION ALL
    SELECT g.id, g.code, g.full_name, g.level FROM children b JOIN administrative_unit g ON g.parent_id = b.id, me
    WHERE me.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM committee x WHERE x.unit_id = b.id AND x.status <> 'ANNULLED')
      AND (g.valid_from IS NULL OR g.valid_from <= me.day) AND (g.valid_to IS NULL OR g.valid_to >= me.day)),
below AS (
    SELECT bc.id, bc.name, bc.status, bu.full_name AS "unitName", bu.id AS unit_id,
           registry_level_rank(bu.level) AS level_rank, bu.code
    FROM units_below bu JOIN committee bc ON bc.unit_id = bu.id AND bc.status <> 'ANNULLED')
SELECT json_build_object(
    'day', (SELECT day FROM me),
    'pageNumber', CAST(:page AS integer),
    'above', (SELECT row_to_json(above) FROM above),
    'unitsBelow', (SELECT count(*) FROM units_below),
    'unitsBelowWithCommittee', (SELECT count(DISTINCT unit_id) FROM below),
    'committeesBelow', (SELECT count(*) FROM below),
    'items', (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name, 'status', x.status,
                                                         'unitName', x."unitName") ORDER BY x.level_rank, x.code, x.id), '[]')
              FROM (SELECT * FROM below ORDER BY level_rank, code, id LIMIT :limit OFFSET :offset) x))
