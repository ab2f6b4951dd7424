package vn.registry.committee;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committees a clerk may record as this one's successor: active committees of the units that
 * took this one's unit over, and those whose name matches the clerk's search. One statement.
 */
@Component
class SuccessorQueries {

	record Candidate(long id, String name, String unitName) {
	}

	private final JdbcClient jdbc;

	SuccessorQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Candidate> candidates(long committeeId, String query, Long chosen) {
		String typed = query == null || query.isBlank() ? null : query.strip();
		return jdbc.sql("""
				SELECT c.id, c.name, u.full_name AS unit_name
				FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				WHERE c.id <> :committee AND (c.id = :chosen OR (c.status = 'ACTIVE' AND (
				      c.unit_id IN (SELECT s.successor_id FROM unit_succession s JOIN committee o ON o.unit_id = s.predecessor_id
				                    WHERE o.id = :committee)
				      OR (CAST(:query AS text) IS NOT NULL AND c.search_text LIKE registry_contains_pattern(:query)))))
				ORDER BY c.id = :chosen DESC, c.level_rank, c.search_text, c.id
				LIMIT 40""")
			.param("committee", committeeId)
			.param("chosen", chosen == null ? -1L : chosen)
			.param("query", typed)
			.query(Candidate.class)
			.list();
	}

}
