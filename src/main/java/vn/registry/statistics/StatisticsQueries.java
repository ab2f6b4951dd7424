package vn.registry.statistics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures, each one SQL aggregate (no statement per province). A province of today's structure
 * counts the committees whose unit lies on its territory (the unit's current_province_id); one of the
 * 63 old ones counts those whose unit was in it (province_id). The committee carries both, and its
 * unit's last day, so that the counts read the committee table alone (V13).
 */
@Component
public class StatisticsQueries {

	/** Today's 34 provinces, or the 63 of before the reform (the 10 kept as they were are in both). */
	static final String PROVINCES = """
			SELECT p.id, p.name, p.code FROM administrative_unit p
			WHERE p.level = 'PROVINCE' AND CASE WHEN :old THEN p.valid_to = DATE '2025-06-30'
			      OR (p.valid_to IS NULL AND p.valid_from IS NULL) ELSE p.valid_to IS NULL END
			""";

	private static final String BY_PROVINCE = """
			WITH provinces AS (%s),
			counts AS (
			    SELECT CASE WHEN :old THEN c.unit_province_id ELSE c.unit_current_province_id END AS province_id,
			           count(*) AS total,
			           count(*) FILTER (WHERE c.level_rank = 1) AS province_level,
			           count(*) FILTER (WHERE c.level_rank = 2) AS district_level,
			           count(*) FILTER (WHERE c.level_rank = 3) AS commune_level,
			           count(*) FILTER (WHERE c.status = 'ACTIVE' AND (c.unit_valid_to IS NULL OR c.unit_valid_to >= :on)) AS active,
			           count(*) FILTER (WHERE c.status = 'ACTIVE' AND c.unit_valid_to < :on) AS reorganised,
			           count(*) FILTER (WHERE c.status = 'REPLACED') AS replaced,
			           count(*) FILTER (WHERE c.status = 'DISSOLVED') AS dissolved
			    FROM committee c WHERE c.status <> 'ANNULLED'
			    GROUP BY 1)
			SELECT p.id AS province_id, p.name AS province, coalesce(n.total, 0) AS total,
			       coalesce(n.province_level, 0) AS province_level, coalesce(n.district_level, 0) AS district_level,
			       coalesce(n.commune_level, 0) AS commune_level, coalesce(n.active, 0) AS active,
			       coalesce(n.reorganised, 0) AS reorganised, coalesce(n.replaced, 0) AS replaced,
			       coalesce(n.dissolved, 0) AS dissolved
			FROM provinces p LEFT JOIN counts n ON n.province_id = p.id
			ORDER BY p.code
			""".formatted(PROVINCES);

	/** A commune of today's structure is covered if a committee of its own is active. */
	static final String CURRENT_COMMUNES = """
			SELECT u.id, u.code, u.full_name, u.current_province_id,
			       EXISTS (SELECT 1 FROM committee c WHERE c.unit_id = u.id AND c.status = 'ACTIVE') AS covered
			FROM administrative_unit u WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL
			""";

	private static final String COVERAGE = """
			SELECT p.id AS province_id, p.name AS province, count(u.id) AS communes, count(u.id) FILTER (WHERE u.covered) AS covered
			FROM administrative_unit p LEFT JOIN (%s) u ON u.current_province_id = p.id
			WHERE p.level = 'PROVINCE' AND p.valid_to IS NULL
			GROUP BY p.id, p.name, p.code ORDER BY p.code
			""".formatted(CURRENT_COMMUNES);

	private static final String MONTHS = """
			SELECT to_char(date_trunc('month', d.known_on), 'YYYY-MM') AS month, count(*) AS established
			FROM decision d WHERE d.type = 'ESTABLISH' AND d.known_on IS NOT NULL
			GROUP BY 1 ORDER BY 1
			""";

	private final JdbcClient jdbc;

	StatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Statistics on(LocalDate on, boolean old) {
		List<ProvinceCount> provinces = jdbc.sql(BY_PROVINCE).param("old", old).param("on", on)
			.query(ProvinceCount.class).list();
		List<Coverage> coverage = jdbc.sql(COVERAGE).query(Coverage.class).list();
		List<MonthCount> months = jdbc.sql(MONTHS).query(MonthCount.class).list();
		return new Statistics(on, old, provinces, coverage, months);
	}

	/** The communes of today's structure that have no active committee, as a table to take away. */
	public static String uncoveredSql() {
		return "SELECT u.code, u.full_name AS unit_name, p.name AS province_name FROM (" + CURRENT_COMMUNES
				+ ") u JOIN administrative_unit p ON p.id = u.current_province_id WHERE NOT u.covered ORDER BY p.code, u.code";
	}

}
