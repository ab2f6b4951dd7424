-- One committee as a single JSON document: one statement, whatever the roster's size.
-- :id the committee, :on the date the roster is shown as of.
WITH seats AS (
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
    WHERE d.committee_id = :id
)
SELECT json_build_object(
    'id', c.id,
    'name', c.name,
    'status', c.status,
    'version', c.version,
    'unit', json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'fullName', u.full_name, 'level', u.level),
    'province', (SELECT json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'fullName', p.full_name, 'level', p.level)
                 FROM administrative_unit p WHERE p.id = u.province_id AND p.id <> u.id),
    'parent', (SELECT json_build_object('id', pc.id, 'name', pc.name) FROM committee pc WHERE pc.id = c.parent_id),
    'standingAgency', c.standing_agency,
    'functions', c.functions,
    'workingRules', c.working_rules,
    'seals', c.seals,
    'partTimeWork', c.part_time_work,
    'funding', c.funding,
    'meetingCadence', c.meeting_cadence,
    'declaredMemberCount', c.declared_member_count,
    'unlistedMemberCount', c.unlisted_member_count,
    'unlistedMemberNote', c.unlisted_member_note,
    'asOf', CAST(:on AS date),
    'formerNames', coalesce((
        SELECT json_agg(json_build_object('name', f.name, 'decisionId', f.replaced_by_decision_id) ORDER BY f.id)
        FROM committee_former_name f WHERE f.committee_id = c.id), '[]'),
    'tasks', coalesce((
        SELECT json_agg(json_build_object('position', t.position, 'text', t.text) ORDER BY t.position)
        FROM committee_task t WHERE t.committee_id = c.id), '[]'),
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
        FROM working_group g WHERE g.committee_id = c.id), '[]'),
    'decisions', coalesce((
        SELECT json_agg(d.decision ORDER BY d.known_on NULLS FIRST, d.id) FROM decisions d), '[]'),
    -- Newest first; as of :on, the meetings held by then.
    'meetings', coalesce((
        SELECT json_agg(json_build_object('id', m.id, 'heldOn', m.held_on, 'title', m.title,
                                          'chairedBy', m.chaired_by, 'summary', m.summary, 'sourceId', m.source_id,
                                          'ordinal', m.ordinal, 'conclusionNumber', m.conclusion_number)
                        ORDER BY m.held_on DESC, m.id DESC)
        FROM meeting m WHERE m.committee_id = c.id AND m.held_on <= :on), '[]'),
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
WHERE c.id = :id
