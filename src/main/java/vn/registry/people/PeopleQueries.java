package vn.registry.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sits where: seats found by the words of their holder's name and post (seat.words, a trigram
 * index) or by their holder's folded name (seat.person_key, a b-tree in the person page's order).
 * One statement a page, and a count only when the page is full or not the first.
 */
@Component
public class PeopleQueries {

	static final String SELECT = """
			SELECT s.id AS seat_id, s.full_name, s.person_key, s.position, s.agency,
			       r.name AS role_name, r.name_en AS role_name_en, c.id AS committee_id, c.name AS committee_name,
			       u.full_name AS unit_name, s.working_group_id IS NOT NULL AS working_group, s.start_on, s.end_on,
			       d.id AS decision_id, coalesce(d.number_symbol, d.stated_number) AS decision_number
			FROM seat s
			JOIN role r ON r.id = s.role_id
			JOIN committee c ON c.id = s.committee_id AND c.status <> 'ANNULLED'
			JOIN administrative_unit u ON u.id = c.unit_id
			LEFT JOIN decision d ON d.id = s.appointed_by_decision_id
			""";

	/** People in name order, each one's seats from the earliest; seats with no name (a post only) last. */
	static final String SEARCH_ORDER = "ORDER BY s.person_key NULLS LAST, s.start_on NULLS FIRST, s.id\n";

	/**
	 * The seats a search finds are collected from the words' index first (MATERIALIZED), then sorted:
	 * reading the name index in order and filtering would read most seats for common words ("nguyen van").
	 */
	private static final String HITS = "WITH hits AS MATERIALIZED (SELECT s.id FROM seat s %s)\n";

	private static final String PERSON_ORDER = "ORDER BY s.start_on NULLS FIRST, s.id\n";

	private final JdbcClient jdbc;

	PeopleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The condition and its parameters that find the seats of a search; empty for a blank query. */
	public static String where(List<String> words, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			conditions.add("s.words LIKE registry_word_pattern(:word" + i + ")");
			params.put("word" + i, words.get(i));
		}
		return "WHERE " + String.join(" AND ", conditions) + "\n";
	}

	/** Every seat a search finds, in the search's order, as a table to take away. */
	public static String exportSql(PeopleFilter filter, Map<String, Object> params) {
		return """
				SELECT s.full_name, s.position, s.agency, r.name AS role_name, c.name AS committee_name,
				       u.full_name AS unit_name, s.start_on, s.end_on,
				       coalesce(d.number_symbol, d.stated_number) AS decision_number
				FROM seat s
				JOIN role r ON r.id = s.role_id
				JOIN committee c ON c.id = s.committee_id AND c.status <> 'ANNULLED'
				JOIN administrative_unit u ON u.id = c.unit_id
				LEFT JOIN decision d ON d.id = s.appointed_by_decision_id
				""" + (filter.words().isEmpty() ? "WHERE false\n" : where(filter.words(), params)) + SEARCH_ORDER;
	}

	public Page<PersonSeat> search(PeopleFilter filter) {
		PageRequest request = PageRequest.of(filter.pageNumber() - 1, PeopleFilter.PAGE_SIZE);
		if (filter.words().isEmpty()) {
			return Page.empty(request);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		return page(where(filter.words(), params), SEARCH_ORDER, params, request, filter.offset());
	}

	Page<PersonSeat> person(String key, int pageNumber) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("key", key);
		PageRequest request = PageRequest.of(pageNumber - 1, PeopleFilter.PAGE_SIZE);
		return page("WHERE s.person_key = :key\n", PERSON_ORDER, params, request, request.getOffset());
	}

	private Page<PersonSeat> page(String where, String order, Map<String, Object> params, PageRequest request,
			long offset) {
		String sql = where.contains("s.words") ? HITS.formatted(where) + SELECT + "WHERE s.id IN (SELECT id FROM hits)\n"
				: SELECT + where;
		List<PersonSeat> rows = jdbc.sql(sql + order + "LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", request.getPageSize())
			.param("offset", offset)
			.query(PersonSeat.class)
			.list();
		if (offset == 0 && rows.size() < request.getPageSize()) {
			return new PageImpl<>(rows, request, rows.size());
		}
		long total = jdbc.sql("SELECT count(*) FROM seat s " + where).params(params).query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

}
