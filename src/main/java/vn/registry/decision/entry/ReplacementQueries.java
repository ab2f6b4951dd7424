package vn.registry.decision.entry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committees an establishment may name as replaced (thay thế): the active committees of the
 * units its unit took over, those whose name matches what the clerk searched for, and those already
 * ticked. One statement; offered as checkboxes, so the choice needs no JavaScript.
 */
@Component
class ReplacementQueries {

	/** A committee offered for replacement, with its unit, and whether the form has it ticked. */
	record Candidate(long id, String name, String unitName, boolean selected) {
	}

	private static final int LIMIT = 40;

	private final JdbcClient jdbc;

	ReplacementQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Candidate> candidates(Long unitId, String query, List<Long> selected) {
		String folded = query == null || query.isBlank() ? null : query.strip();
		if (unitId == null && folded == null && selected.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.id, c.name, u.full_name AS unit_name, c.id IN (:selected) AS selected
				FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				WHERE c.id IN (:selected)
				   OR (c.status = 'ACTIVE' AND (
				          c.unit_id IN (SELECT s.predecessor_id FROM unit_succession s
				                        JOIN administrative_unit p ON p.id = s.predecessor_id
				                        JOIN administrative_unit n ON n.id = s.successor_id
				                        WHERE s.successor_id = :unit AND p.level = n.level)
				          OR (CAST(:query AS text) IS NOT NULL AND c.search_text LIKE registry_contains_pattern(:query))))
				ORDER BY c.id IN (:selected) DESC, c.level_rank, c.search_text, c.id
				LIMIT :limit""")
			.param("selected", selected.isEmpty() ? List.of(-1L) : selected)
			.param("unit", unitId == null ? -1L : unitId)
			.param("query", folded)
			.param("limit", LIMIT)
			.query(Candidate.class)
			.list();
	}

}
