package vn.registry.committee;

import java.util.List;

import vn.registry.locality.Level;
import vn.registry.locality.Structure;

/**
 * What the committee list is asked for: {@code q} searched without regard to case, diacritics,
 * apostrophe style or abbreviations (see {@link SearchWords}); a level; a province (by id: one of today's 34 finds the committees of every unit
 * that lies in it now, old ones included; one of the 63 old ones, those of its units of the time);
 * which structure the province filter offers ({@code structure=2024} for the old provinces);
 * a page, counted from 1.
 */
public record CommitteeFilter(String q, String level, Long province, String structure, Integer page) {

	public Structure structureValue() {
		return Structure.fromParam(structure);
	}

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 1_000_000;

	public String query() {
		return q == null ? "" : q.strip();
	}

	/**
	 * The words of the query, abbreviations written out; each must be a whole word of a committee's
	 * current or former name or of the names of the places it lies in.
	 */
	List<String> terms() {
		return SearchWords.of(query());
	}

	public Level levelValue() {
		return Level.fromParam(level).orElse(null);
	}

	/** The page asked for, from 1; absurd page numbers are capped rather than overflowing. */
	public int pageNumber() {
		return page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
	}

	long offset() {
		return (long) (pageNumber() - 1) * PAGE_SIZE;
	}

}
