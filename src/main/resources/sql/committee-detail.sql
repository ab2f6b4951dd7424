-- One committee as a single JSON document: one statement, whatever the roster's size.
-- :id the committee, :on the date it is shown as of: its state then (name, declared size, tasks,
-- rules: committee_state, written by each decision), roster and working groups then.
WITH state AS (
    SELECT st.* FROM committee_state st
    WHERE st.committee_id = :id AND (st.valid_from IS NULL OR st.valid_from <= :on)
    ORDER BY st.valid_from DESC NULLS LAST, st.id DESC
    LIMIT 1
),
first_state AS (
    SELECT count(*) AS states, min(st.valid_from) FILTER (WHERE NOT EXISTS (
               SELECT 1 FROM committee_state o WHERE o.committee_id = :id AND o.valid_from IS NULL)) AS established_on,
           (array_agg(st.decision_id ORDER BY st.valid_from NULLS FIRST, st.id))[1] AS establishing_decision_id
    FROM committee_state st WHERE st.committee_id = :id
),
seats AS (
    SELECT s.working_group_id,
           json_build_object(
               'id', s.id, 'roleCode', r.code, 'roleName', r.name, 'roleNameEn', r.name_en, 'roleRank', r.rank,
               'fullName', s.full_name, 'position', s.position, 'agency', s.agency,
               'startOn', s.start_on, 'endOn', s.end_on, 'sourceId', s.source_id,
               'decisionId', d.id,
               'decisionNumber', coalesce(d.number_symbol, d.stated_number)
           ) AS seat,
           r.rank, s.sort_order, s.id
    FROM seat s
    JOIN role r ON r.id = s.role_id
    LEFT JOIN decision d ON d.id = s.appointed_by_decision_id
    WHERE s.committee_id = :id
      AND (s.start_on IS NULL OR s.start_on <= :on)
      AND (s.end_on IS NULL OR s.end_on > :on)
),
decisions AS (
    SELECT d.id, coalesce(d.signed_on, m.held_on) AS known_on,
           json_build_object(
               'id', d.id, 'type', d.type, 'numberSymbol', d.number_symbol, 'statedNumber', d.stated_number,
               'signedOn', d.signed_on, 'signedYearInferred', d.signed_year_inferred, 'adoptedOn', m.held_on,
               'issuer', d.issuer, 'signer', d.signer, 'summary', d.summary, 'effectiveOn', d.effective_on,
               'sourceId', d.source_id, 'committeeId', d.committee_id, 'committeeName', c.name
           ) AS decision
    FROM decision d
    JOIN committee c ON c.id = d.committee_id
    LEFT JOIN meeting m ON m.id = d.adopted_at_meeting_id
    WHERE d.committee_id = :id AND d.annulled_at IS NULL
)
SELECT json_build_object(
    'id', c.id,
    'name', coalesce(s.name, c.name),
    'notYetEstablished', fs.states > 0 AND s.id IS NULL,
    'establishedOn', fs.established_on,
    'establishingDecisionId', fs.establishing_decision_id,
    'endingDecisionId', (SELECT coalesce(
        (SELECT d.id FROM decision d WHERE d.committee_id = c.id AND d.type = 'DISSOLVE' ORDER BY d.id DESC LIMIT 1),
        (SELECT cs.decision_id FROM committee_succession cs WHERE cs.committee_id = c.id ORDER BY cs.id LIMIT 1))),
    'status', c.status,
    'version', c.version,
    'endedOn', c.ended_on,
    'unit', json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'fullName', u.full_name, 'level', u.level,
                              'validFrom', u.valid_from, 'validTo', u.valid_to),
    'province', (SELECT json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'fullName', p.full_name, 'level', p.level,
                                          'validFrom', p.valid_from, 'validTo', p.valid_to)
                 FROM administrative_unit p WHERE p.id = u.province_id AND p.id <> u.id),
    -- What took over the committee's unit (the 2025 reform), and the committees that replaced this one
    -- or that this one replaced.
    'unitSuccessors', coalesce((
        SELECT json_agg(json_build_object('id', n.id, 'code', n.code, 'name', n.name, 'fullName', n.full_name,
                                          'level', n.level, 'validFrom', n.valid_from, 'validTo', n.valid_to) ORDER BY n.code)
        FROM unit_succession us JOIN administrative_unit n ON n.id = us.successor_id WHERE us.predecessor_id = u.id), '[]'),
    'replacedBy', coalesce((
        SELECT json_agg(json_build_object('id', sc.id, 'name', sc.name, 'effectiveOn', cs.effective_on,
                                          'decisionId', cs.decision_id) ORDER BY cs.effective_on, sc.id)
        FROM committee_succession cs JOIN committee sc ON sc.id = cs.successor_id WHERE cs.committee_id = c.id), '[]'),
    'replaces', coalesce((
        SELECT json_agg(json_build_object('id', pc.id, 'name', pc.name, 'effectiveOn', cs.effective_on,
                                          'decisionId', cs.decision_id) ORDER BY pc.id)
        FROM committee_succession cs JOIN committee pc ON pc.id = cs.committee_id WHERE cs.successor_id = c.id), '[]'),
    'parent', (SELECT json_build_object('id', pc.id, 'name', pc.name) FROM committee pc WHERE pc.id = c.parent_id),
    'standingAgency', CASE WHEN s.id IS NULL THEN c.standing_agency ELSE s.standing_agency END,
    'functions', CASE WHEN s.id IS NULL THEN c.functions ELSE s.functions END,
    'workingRules', CASE WHEN s.id IS NULL THEN c.working_rules ELSE s.working_rules END,
    'seals', CASE WHEN s.id IS NULL THEN c.seals ELSE s.seals END,
    'partTimeWork', CASE WHEN s.id IS NULL THEN c.part_time_work ELSE s.part_time_work END,
    'funding', CASE WHEN s.id IS NULL THEN c.funding ELSE s.funding END,
    'meetingCadence', CASE WHEN s.id IS NULL THEN c.meeting_cadence ELSE s.meeting_cadence END,
    'declaredMemberCount', CASE WHEN s.id IS NULL THEN c.declared_member_count ELSE s.declared_member_count END,
    'unlistedMemberCount', CASE WHEN s.id IS NULL THEN c.unlisted_member_count ELSE s.unlisted_member_count END,
    'unlistedMemberNote', CASE WHEN s.id IS NULL THEN c.unlisted_member_note ELSE s.unlisted_member_note END,
    'asOf', CAST(:on AS date),
    'formerNames', coalesce((
        SELECT json_agg(json_build_object('name', f.name, 'decisionId', f.replaced_by_decision_id) ORDER BY f.id)
        FROM committee_former_name f WHERE f.committee_id = c.id), '[]'),
    'tasks', CASE WHEN s.id IS NULL THEN coalesce((
        SELECT json_agg(json_build_object('position', t.position, 'text', t.text) ORDER BY t.position)
        FROM committee_task t WHERE t.committee_id = c.id), '[]')
        ELSE coalesce((SELECT json_agg(json_build_object('position', x.position, 'text', x.text) ORDER BY x.position)
                       FROM unnest(s.tasks) WITH ORDINALITY AS x (text, position)), '[]') END,
    'seats', coalesce((
        SELECT json_agg(s.seat ORDER BY s.rank, s.sort_order, s.id)
        FROM seats s WHERE s.working_group_id IS NULL), '[]'),
    'workingGroups', coalesce((
        SELECT json_agg(json_build_object(
                   'id', g.id, 'name', g.name, 'hostAgency', g.host_agency,
                   'declaredMemberCount', g.declared_member_count, 'tasks', g.tasks, 'sourceId', g.source_id,
                   'establishingDecisionId', g.establishing_decision_id,
                   'establishingDecisionNumber', (SELECT coalesce(d.number_symbol, d.stated_number)
                                                  FROM decision d WHERE d.id = g.establishing_decision_id),
                   'seats', coalesce((SELECT json_agg(s.seat ORDER BY s.rank, s.sort_order, s.id)
                                      FROM seats s WHERE s.working_group_id = g.id), '[]'))
               ORDER BY g.id)
        FROM working_group g
        LEFT JOIN decision gd ON gd.id = g.establishing_decision_id
        WHERE g.committee_id = c.id AND (g.ended_on IS NULL OR g.ended_on > :on)
          AND (gd.id IS NULL OR coalesce(gd.effective_on, gd.known_on) IS NULL OR coalesce(gd.effective_on, gd.known_on) <= :on)), '[]'),
    'decisions', coalesce((
        SELECT json_agg(d.decision ORDER BY d.known_on NULLS FIRST, d.id) FROM decisions d), '[]'),
    'meetings', coalesce((
        SELECT json_agg(json_build_object('id', m.id, 'heldOn', m.held_on, 'title', m.title,
                                          'chairedBy', m.chaired_by, 'summary', m.summary, 'sourceId', m.source_id)
                        ORDER BY m.held_on, m.id)
        FROM meeting m WHERE m.committee_id = c.id), '[]'),
    'relatedDocuments', coalesce((
        SELECT json_agg(json_build_object('kind', r.kind, 'numberSymbol', r.number_symbol, 'title', r.title,
                                          'issuer', r.issuer, 'signedOn', r.signed_on, 'sourceId', r.source_id)
                        ORDER BY r.signed_on NULLS LAST, r.id)
        FROM related_document r WHERE r.committee_id = c.id), '[]'),
    'sources', coalesce((
        SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'publisher', s.publisher, 'author', s.author,
                                          'url', s.url, 'published', s.published, 'seedFile', s.seed_file)
                        ORDER BY s.id)
        FROM source s
        WHERE s.id IN (SELECT cs.source_id FROM committee_source cs WHERE cs.committee_id = c.id)), '[]')
)::text
FROM committee c
JOIN administrative_unit u ON u.id = c.unit_id
CROSS JOIN first_state fs
LEFT JOIN state s ON true
WHERE c.id = :id
