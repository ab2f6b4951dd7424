package vn.registry.locality;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads administrative units for filters and pickers. */
@Component
public class Localities {

	private final JdbcClient jdbc;

	Localities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The provinces, in the statistics office's code order (north to south). */
	public List<UnitRef> provinces() {
		return jdbc.sql("""
				SELECT id, code, name, full_name, level FROM administrative_unit
				WHERE level = 'PROVINCE' ORDER BY code""")
			.query(UnitRef.class)
			.list();
	}

	/**
	 * Units whose name contains the query, folded (no case, diacritics or apostrophes): larger units
	 * first, then shorter names, so "quang tri" offers the province before the town.
	 */
	public List<UnitOption> search(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT u.id, concat_ws(', ', u.full_name,
				           CASE WHEN u.level = 'COMMUNE' THEN d.full_name END,
				           CASE WHEN u.level IN ('DISTRICT', 'COMMUNE') THEN p.full_name END) AS label
				FROM administrative_unit u
				LEFT JOIN administrative_unit d ON d.id = u.parent_id
				LEFT JOIN administrative_unit p ON p.id = u.province_id
				WHERE u.search_text LIKE registry_contains_pattern(:query)
				ORDER BY CASE u.level WHEN 'NATIONAL' THEN 0 WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2 ELSE 3 END,
				         length(u.search_text), u.id
				LIMIT :limit""")
			.param("query", query.strip())
			.param("limit", limit)
			.query(UnitOption.class)
			.list();
	}

}
