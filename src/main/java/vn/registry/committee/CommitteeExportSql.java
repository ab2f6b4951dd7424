package vn.registry.committee;

import java.util.Map;

/**
 * The committee list as a table to take away: every committee the filter finds (no page), in list
 * order, with its head and latest decision; the same conditions as the list's.
 */
public final class CommitteeExportSql {

	private static final String SELECT = """
			SELECT c.id, c.name, 'level.' || u.level AS level_key, u.full_name AS unit_name,
			       p.full_name AS province_name, 'committee.status.' || c.status AS status_key,
			       head.full_name AS head_name, head.position AS head_position,
			       latest.number AS latest_decision, latest.known_on AS latest_decision_on,
			       (SELECT count(*) FROM seat s WHERE s.committee_id = c.id AND s.working_group_id IS NULL
			           AND (s.end_on IS NULL OR s.end_on > current_date)) AS seats_listed
			FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
			LEFT JOIN administrative_unit p ON p.id = u.province_id
			LEFT JOIN LATERAL (
			    SELECT s.full_name, s.position FROM seat s JOIN role r ON r.id = s.role_id
			    WHERE s.committee_id = c.id AND s.working_group_id IS NULL
			      AND (s.end_on IS NULL OR s.end_on > current_date)
			    ORDER BY r.rank, s.sort_order, s.id LIMIT 1) head ON true
			LEFT JOIN LATERAL (
			    SELECT coalesce(d.number_symbol, d.stated_number) AS number, d.known_on FROM decision d
			    WHERE d.committee_id = c.id ORDER BY d.known_on DESC NULLS LAST, d.id DESC LIMIT 1) latest ON true
			""";

	private CommitteeExportSql() {
	}

	public static String sql(CommitteeFilter filter, Map<String, Object> params) {
		return SELECT + CommitteeQueries.where(filter, params) + "ORDER BY c.level_rank, c.search_text, c.id";
	}

}
