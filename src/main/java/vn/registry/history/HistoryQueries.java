package vn.registry.history;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the change log the database's triggers keep: who changed what, when, before and after. */
@Component
class HistoryQueries {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HistoryQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Change> forCommittee(long committeeId, int page) {
		return jdbc.sql("""
				SELECT l.id, l.changed_at, l.changed_by, l.table_name, l.row_id, l.action,
				       coalesce((SELECT json_agg(json_build_object('field', k, 'before', l.before ->> k, 'after', l.after ->> k)
				                                 ORDER BY k)
				                 FROM jsonb_object_keys(coalesce(l.after, l.before)) AS k
				                 WHERE k NOT IN ('id', 'version', 'search_text', 'committee_id', 'changes', 'submission_id', 'pdf_file')
				                   AND (l.before ->> k IS NOT NULL OR l.after ->> k IS NOT NULL)
				                   AND (l.before IS NULL OR l.after IS NULL OR (l.before -> k) IS DISTINCT FROM (l.after -> k))),
				                '[]')::text AS fields
				FROM change_log l
				WHERE l.committee_id = :committee
				ORDER BY l.id DESC
				LIMIT :limit OFFSET :offset""")
			.param("committee", committeeId)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (page - 1) * PAGE_SIZE)
			.query((rs, row) -> new Change(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
					rs.getString("changed_by"), rs.getString("table_name"), rs.getLong("row_id"), rs.getString("action"),
					json.readValue(rs.getString("fields"), new TypeReference<List<FieldChange>>() {
					})))
			.list();
	}

	record Change(long id, OffsetDateTime changedAt, String changedBy, String table, long rowId, String action,
			List<FieldChange> fields) {
	}

	record FieldChange(String field, String before, String after) {
	}

}
