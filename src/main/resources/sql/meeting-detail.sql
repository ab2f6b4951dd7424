-- One meeting as a single JSON document: its committee, attendance, and the tasks it assigned with
-- their progress reports. :id the meeting.
SELECT json_build_object(
    'id', m.id,
    'committeeId', c.id,
    'committeeName', c.name,
    'heldOn', m.held_on,
    'ordinal', m.ordinal,
    'title', m.title,
    'chairedBy', m.chaired_by,
    'agenda', m.agenda,
    'summary', m.summary,
    'conclusions', m.conclusions,
    'conclusionNumber', m.conclusion_number,
    'conclusionSignedOn', m.conclusion_signed_on,
    'conclusionPdfName', m.conclusion_pdf_name,
    'sourceId', m.source_id,
    'sourceNote', m.source_note,
    'attendance', coalesce((
        SELECT json_agg(json_build_object('seatId', a.seat_id, 'fullName', a.full_name, 'present', a.present)
                        ORDER BY a.present DESC, a.id)
        FROM meeting_attendance a WHERE a.meeting_id = m.id), '[]'),
    'tasks', coalesce((
        SELECT json_agg(json_build_object(
                   'id', t.id, 'position', t.position, 'text', t.text, 'leadAgency', t.lead_agency,
                   'coordinatingAgencies', t.coordinating_agencies, 'deadlineText', t.deadline_text,
                   'deadlineOn', t.deadline_on, 'deadlineInferred', t.deadline_inferred, 'recurrence', t.recurrence,
                   'status', t.status, 'completedOn', t.completed_on, 'sourceId', t.source_id,
                   'progress', coalesce((
                       SELECT json_agg(json_build_object('id', p.id, 'reportedOn', p.reported_on, 'note', p.note,
                                                         'status', p.status, 'fileName', p.file_name)
                                       ORDER BY p.reported_on, p.id)
                       FROM task_progress p WHERE p.task_id = t.id), '[]'))
                        ORDER BY t.position, t.id)
        FROM assigned_task t WHERE t.meeting_id = m.id), '[]')
)
FROM meeting m
JOIN committee c ON c.id = m.committee_id
WHERE m.id = :id
