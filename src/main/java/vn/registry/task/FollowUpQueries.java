package vn.registry.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up list and the province figures: one statement each, late computed against Vietnam's today. */
@Repository
class FollowUpQueries {

	/** Enough for a committee's or an agency's follow-up; a national list is narrowed by its filters. */
	static final int LIMIT = 500;

	private static final String LATE = "t.status IN ('NOT_STARTED', 'IN_PROGRESS') AND t.deadline_on < :today";

	private static final String ROWS = """
			SELECT t.id, t.committee_id, c.name AS committee_name, t.meeting_id, m.held_on AS meeting_held_on,
			       t.decision_id, t.text, t.lead_agency, t.coordinating_agencies, t.deadline_text, t.deadline_on,
			       t.deadline_inferred, t.recurrence, t.status
			FROM assigned_task t
			JOIN committee c ON c.id = t.committee_id
			JOIN administrative_unit u ON u.id = c.unit_id
			LEFT JOIN meeting m ON m.id = t.meeting_id
			%s
			ORDER BY t.deadline_on NULLS LAST, c.id, t.meeting_id, t.position, t.id
			LIMIT :limit""";

	/**
	 * The stated cadence, read from its words: "hàng quý" three months, "6 tháng" six, "hàng tháng"
	 * one, "hàng năm" twelve; a committee that states none is not judged.
	 */
	private static final String PROVINCES = """
			WITH cadence AS (
			    SELECT c.id, coalesce(u.province_id, u.id) AS province_id,
			           CASE WHEN registry_fold(c.meeting_cadence) LIKE '%quy%' THEN 3
			                WHEN registry_fold(c.meeting_cadence) LIKE '%6 thang%' THEN 6
			                WHEN registry_fold(c.meeting_cadence) LIKE '%thang%' THEN 1
			                WHEN registry_fold(c.meeting_cadence) LIKE '%nam%' THEN 12 END AS months,
			           (SELECT max(m.held_on) FROM meeting m WHERE m.committee_id = c.id) AS last_met
			    FROM committee c JOIN administrative_unit u ON u.id = c.unit_id
			    WHERE c.status = 'ACTIVE'
			)
			SELECT p.id AS province_id, p.name AS province_name,
			       (SELECT count(*) FROM assigned_task t JOIN cadence k ON k.id = t.committee_id
			        WHERE k.province_id = p.id AND {late}) AS late_tasks,
			       (SELECT count(*) FROM cadence k WHERE k.province_id = p.id AND k.months IS NOT NULL
			          AND (k.last_met IS NULL OR k.last_met < CAST(:today AS date) - make_interval(months => k.months))) AS committees_overdue
			FROM administrative_unit p
			WHERE p.level = 'PROVINCE' AND EXISTS (SELECT 1 FROM cadence k WHERE k.province_id = p.id)
			ORDER BY p.code""".replace("{late}", LATE);

	private final JdbcClient jdbc;

	FollowUpQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FollowUpRow> tasks(FollowUpFilter filter, LocalDate today) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		if (filter.committee() != null) {
			conditions.add("t.committee_id = :committee");
			params.put("committee", filter.committee());
		}
		if (filter.agencyQuery() != null) {
			conditions.add("(registry_fold(t.lead_agency) LIKE registry_contains_pattern(:agency)"
					+ " OR registry_fold(t.coordinating_agencies) LIKE registry_contains_pattern(:agency))");
			params.put("agency", filter.agencyQuery());
		}
		if (filter.province() != null) {
			conditions.add("coalesce(u.province_id, u.id) = :province");
			params.put("province", filter.province());
		}
		switch (filter.stateValue()) {
			case OPEN -> conditions.add("t.status IS DISTINCT FROM 'DONE'");
			case SOON -> conditions.add("t.status IS DISTINCT FROM 'DONE' AND t.deadline_on BETWEEN :today AND :soon");
			case LATE -> conditions.add(LATE);
			case DONE -> conditions.add("t.status = 'DONE'");
			default -> {
			}
		}
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
		return jdbc.sql(ROWS.formatted(where))
			.params(params)
			.param("today", today)
			.param("soon", today.plusDays(FollowUpFilter.DUE_SOON_DAYS))
			.param("limit", LIMIT)
			.query(FollowUpRow.class)
			.list();
	}

	List<ProvinceFollowUp> provinces(LocalDate today) {
		return jdbc.sql(PROVINCES).param("today", today).query(ProvinceFollowUp.class).list();
	}

	String committeeName(long id) {
		return jdbc.sql("SELECT name FROM committee WHERE id = :id").param("id", id).query(String.class).optional().orElse(null);
	}

}
