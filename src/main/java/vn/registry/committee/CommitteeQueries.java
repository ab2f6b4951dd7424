package vn.registry.committee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of committees: the list (one statement plus a count) and one committee (one). */
@Component
class CommitteeQueries {

	/**
	 * A page of the list: the committees' ids are picked first, from an index in list order
	 * (committee.level_rank is the level of the committee's unit, kept by a trigger), and only
	 * those rows get their head and latest decision. A search ranks its ids ({@link CommitteeSearch}).
	 */
	private static final String PAGE = """
			WITH page AS (
			%s)
			SELECT c.id, c.name,
			       CASE WHEN c.status = 'ACTIVE' AND u.valid_to < :today THEN 'REORGANISED' ELSE c.status END AS status,
			       u.id AS unit_id, u.full_name AS unit_name, u.level, u.valid_to AS unit_valid_to,
			       (SELECT string_agg(n.full_name, ', ' ORDER BY n.code) FROM unit_succession us
			        JOIN administrative_unit n ON n.id = us.successor_id
			        WHERE us.predecessor_id = u.id AND u.valid_to < :today) AS unit_successors,
			       p.full_name AS province_name,
			       head.full_name AS head_name, head.position AS head_position,
			       latest.id AS latest_decision_id, latest.number_symbol AS latest_number_symbol,
			       latest.stated_number AS latest_stated_number, latest.signed_on AS latest_signed_on,
			       coalesce(latest.signed_year_inferred, false) AS latest_signed_year_inferred,
			       latest.adopted_on AS latest_adopted_on,
			       (SELECT count(*) FROM seat s WHERE s.committee_id = c.id AND s.working_group_id IS NULL
			           AND (s.end_on IS NULL OR s.end_on > :today)) AS seats_listed,
			       c.unlisted_member_count, c.declared_member_count
			FROM page
			JOIN committee c ON c.id = page.id
			JOIN administrative_unit u ON u.id = c.unit_id
			LEFT JOIN administrative_unit p ON p.id = u.province_id
			LEFT JOIN LATERAL (
			    SELECT s.full_name, s.position FROM seat s JOIN role r ON r.id = s.role_id
			    WHERE s.committee_id = c.id AND s.working_group_id IS NULL
			      AND (s.end_on IS NULL OR s.end_on > :today)
			    ORDER BY r.rank, s.sort_order, s.id LIMIT 1) head ON true
			LEFT JOIN LATERAL (
			    SELECT d.id, d.number_symbol, d.stated_number, d.signed_on, d.signed_year_inferred, m.held_on AS adopted_on
			    FROM decision d LEFT JOIN meeting m ON m.id = d.adopted_at_meeting_id
			    WHERE d.committee_id = c.id
			    ORDER BY coalesce(d.signed_on, m.held_on) DESC NULLS LAST, d.id DESC LIMIT 1) latest ON true
			ORDER BY page.search_rank, c.level_rank, c.search_text, c.id
			""";

	private static final String LIST_ORDER_IDS = """
			SELECT c.id, 0 AS search_rank %s
			ORDER BY c.level_rank, c.search_text, c.id
			LIMIT :limit OFFSET :offset""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String detailSql;

	CommitteeQueries(JdbcClient jdbc, JsonMapper json,
			@Value("classpath:sql/committee-detail.sql") Resource detailSql) {
		this.jdbc = jdbc;
		this.json = json;
		try {
			this.detailSql = detailSql.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Page<CommitteeRow> list(CommitteeFilter filter, LocalDate today) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		// Every condition is on the committee's own columns (its unit's provinces are copied onto it).
		String from = "FROM committee c\n";
		String ids = filter.terms().isEmpty() ? LIST_ORDER_IDS.formatted(from + where)
				: CommitteeSearch.rankedIds(from + where);
		List<CommitteeRow> rows = jdbc.sql(PAGE.formatted(ids))
			.params(params)
			.param("limit", CommitteeFilter.PAGE_SIZE)
			.param("offset", filter.offset())
			.param("today", today)
			.query(CommitteeRow.class)
			.list();
		PageRequest pageRequest = PageRequest.of(filter.pageNumber() - 1, CommitteeFilter.PAGE_SIZE);
		if (filter.offset() == 0 && rows.size() < CommitteeFilter.PAGE_SIZE) {
			return new PageImpl<>(rows, pageRequest, rows.size());
		}
		long total = jdbc.sql("SELECT count(*) " + from + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageRequest, total);
	}

	static String where(CommitteeFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		// A committee whose establishment was entered by mistake is no reader's.
		conditions.add("c.status <> 'ANNULLED'");
		CommitteeSearch.addConditions(filter.terms(), conditions, params);
		if (filter.levelValue() != null) {
			conditions.add("c.level_rank = registry_level_rank(:level)");
			params.put("level", filter.levelValue().name());
		}
		if (filter.province() != null) {
			// Units of that time lie in a province by its province_id; today's province also holds, by
			// current_province_id, every unit of 2024 whose territory it took over (both copied onto the
			// committee, and indexed).
			conditions.add("(c.unit_province_id = :province OR c.unit_current_province_id = :province)");
			params.put("province", filter.province());
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n";
	}

	Optional<CommitteeDetail> detail(long id, LocalDate on) {
		return jdbc.sql(detailSql)
			.param("id", id)
			.param("on", on)
			.query(String.class)
			.optional()
			.map(document -> json.readValue(document, CommitteeDetail.class));
	}

}
