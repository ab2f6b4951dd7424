package vn.registry.home;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The home page's figures, in today's structure of administrative units: one statement. */
@Component
class HomeQueries {

	/**
	 * {@code committees}: all in the registry; {@code current}: active committees of units that exist
	 * today; {@code provinces}: today's provinces (of 34) with at least one such committee.
	 */
	record Counts(long committees, long current, long provinces, long seats, long decisions) {
	}

	private final JdbcClient jdbc;

	HomeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts counts(LocalDate today) {
		return jdbc.sql("""
				WITH current_committees AS (
				    SELECT u.current_province_id FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
				    WHERE c.status = 'ACTIVE' AND (u.valid_to IS NULL OR u.valid_to >= :today))
				SELECT (SELECT count(*) FROM committee WHERE status <> 'ANNULLED') AS committees,
				       (SELECT count(*) FROM current_committees) AS current,
				       (SELECT count(DISTINCT current_province_id) FROM current_committees) AS provinces,
				       (SELECT count(*) FROM seat WHERE end_on IS NULL OR end_on > :today) AS seats,
				       (SELECT count(*) FROM decision WHERE annulled_at IS NULL) AS decisions""")
			.param("today", today)
			.query(Counts.class)
			.single();
	}

}
