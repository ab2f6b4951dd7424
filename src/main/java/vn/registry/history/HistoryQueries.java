package vn.registry.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the change log the database's triggers keep, and the names its ids stand for. */
@Component
class HistoryQueries {

	private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
	};

	private static final TypeReference<Map<Long, String>> NUMBERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<Long, RoleNames>> ROLES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HistoryQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<String> committeeName(long committeeId) {
		return jdbc.sql("SELECT name FROM committee WHERE id = :id").param("id", committeeId).query(String.class).optional();
	}

	/**
	 * One page of a committee's changes, newest transaction first and, within one transaction (one
	 * decision: the triggers' rows share its {@code now()}), in the order they were made. Each row
	 * brings the numbers of the decisions and the names of the roles it refers to, and the count of
	 * all the committee's changes for the pager: one statement for the page.
	 */
	List<LoggedChange> changes(long committeeId, long offset, int limit) {
		return jdbc.sql("""
				SELECT l.id, l.changed_at, l.changed_by, l.table_name, l.action, l.before::text AS before,
				       l.after::text AS after, count(*) OVER () AS total,
				       (SELECT json_object_agg(d.id, d.number_symbol) FROM decision d
				        WHERE d.number_symbol IS NOT NULL
				          AND d.id IN (SELECT (v.r ->> k)::bigint
				                       FROM (VALUES (l.before), (l.after)) AS v (r),
				                            unnest(ARRAY['appointed_by_decision_id', 'ended_by_decision_id',
				                                         'replaced_by_decision_id', 'establishing_decision_id']) AS k
				                       WHERE v.r ->> k IS NOT NULL
				                       UNION ALL
				                       SELECT l.row_id WHERE l.table_name = 'decision'))::text AS decisions,
				       (SELECT json_object_agg(r.id, json_build_object('vi', r.name, 'en', r.name_en)) FROM role r
				        WHERE r.id IN ((l.before ->> 'role_id')::bigint, (l.after ->> 'role_id')::bigint))::text AS roles
				FROM change_log l
				WHERE l.committee_id = :committee
				ORDER BY l.changed_at DESC, l.id
				LIMIT :limit OFFSET :offset""")
			.param("committee", committeeId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new LoggedChange(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
					rs.getString("changed_by"), rs.getString("table_name"), rs.getString("action"),
					read(rs.getString("before"), ROW), read(rs.getString("after"), ROW),
					orEmpty(read(rs.getString("decisions"), NUMBERS)), orEmpty(read(rs.getString("roles"), ROLES)),
					rs.getLong("total")))
			.list();
	}

	long count(long committeeId) {
		return jdbc.sql("SELECT count(*) FROM change_log WHERE committee_id = :committee")
			.param("committee", committeeId)
			.query(Long.class)
			.single();
	}

	private <T> T read(String value, TypeReference<T> type) {
		return value == null ? null : json.readValue(value, type);
	}

	private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
		return map == null ? Map.of() : map;
	}

	/** A change_log row: the whole row before and after, as the trigger stored it. */
	record LoggedChange(long id, OffsetDateTime changedAt, String changedBy, String table, String action,
			Map<String, Object> before, Map<String, Object> after, Map<Long, String> decisionNumbers,
			Map<Long, RoleNames> roles, long total) {

		Map<String, Object> row() {
			return after != null ? after : before;
		}

	}

	record RoleNames(String vi, String en) {
	}

}
