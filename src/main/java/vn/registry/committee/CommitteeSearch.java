package vn.registry.committee;

import java.util.List;
import java.util.Map;

/**
 * The search part of the committee list: each word of the query must be a whole word of
 * committee.words (names, former names and the places a committee lies in; V13), found through its
 * trigram index; the committees of the unit the query names exactly ("dak lak": tỉnh Đắk Lắk) come
 * first, then the rest in list order.
 */
final class CommitteeSearch {

	/**
	 * The page's ids with their rank. The named units' committees are few; the rest are read from
	 * the list-order index and stop after the page (a common word such as "xa" matches most
	 * committees, and sorting them all to rank them would read every one).
	 */
	private static final String RANKED_IDS = """
			SELECT id, search_rank FROM (
			    (SELECT c.id, 0 AS search_rank, c.level_rank, c.search_text %1$s AND c.unit_id IN (%2$s))
			    UNION ALL
			    (SELECT c.id, 1 AS search_rank, c.level_rank, c.search_text %1$s AND c.unit_id NOT IN (%2$s)
			     ORDER BY c.level_rank, c.search_text, c.id
			     LIMIT :limit + :offset)) ranked
			ORDER BY search_rank, level_rank, search_text, id
			LIMIT :limit OFFSET :offset
			""";

	private static final String NAMED_UNITS =
			"SELECT ru.id FROM administrative_unit ru WHERE ru.search_text = ANY (registry_unit_names(:phrase))";

	private CommitteeSearch() {
	}

	static void addConditions(List<String> terms, List<String> conditions, Map<String, Object> params) {
		for (int i = 0; i < terms.size(); i++) {
			conditions.add("c.words LIKE registry_word_pattern(:term" + i + ")");
			params.put("term" + i, terms.get(i));
		}
		if (!terms.isEmpty()) {
			params.put("phrase", String.join(" ", terms));
		}
	}

	/** The ids of a page of a search, given the list's FROM and its WHERE (which holds the words). */
	static String rankedIds(String fromAndWhere) {
		return RANKED_IDS.formatted(fromAndWhere.strip(), NAMED_UNITS);
	}

}
