package vn.registry.export;

/** A committee's roster on a date, as the roster downloads list it: role order, then decision order. */
final class RosterSql {

	/** Seats that had started by the date and not yet ended, as the committee page counts them. */
	static final String SEATS = """
			SELECT row_number() OVER (ORDER BY s.working_group_id NULLS FIRST, r.rank, s.sort_order, s.id) AS number,
			       CASE WHEN s.working_group_id IS NULL THEN r.name ELSE r.name || ' (' || wg.name || ')' END AS role_name,
			       s.full_name, s.position, s.agency, coalesce(d.number_symbol, d.stated_number) AS decision_number,
			       s.start_on
			FROM seat s
			JOIN role r ON r.id = s.role_id
			LEFT JOIN working_group wg ON wg.id = s.working_group_id
			LEFT JOIN decision d ON d.id = s.appointed_by_decision_id
			WHERE s.committee_id = :id
			  AND (s.start_on IS NULL OR s.start_on <= :on) AND (s.end_on IS NULL OR s.end_on > :on)
			ORDER BY s.working_group_id NULLS FIRST, r.rank, s.sort_order, s.id
			""";

	/** The decisions that appointed the seats listed: the decisions in force for this roster. */
	static final String DECISIONS = """
			SELECT DISTINCT coalesce(d.number_symbol, d.stated_number, '') AS number, d.known_on, d.issuer, d.summary
			FROM seat s JOIN decision d ON d.id = s.appointed_by_decision_id
			WHERE s.committee_id = :id
			  AND (s.start_on IS NULL OR s.start_on <= :on) AND (s.end_on IS NULL OR s.end_on > :on)
			ORDER BY d.known_on NULLS FIRST, 1
			""";

	static final String COMMITTEE = """
			SELECT c.name, u.full_name AS unit_name FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
			WHERE c.id = :id
			""";

	private RosterSql() {
	}

}
