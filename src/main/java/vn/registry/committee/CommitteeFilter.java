package vn.registry.committee;

import java.util.Arrays;
import java.util.List;

import vn.registry.locality.Level;

/**
 * What the committee list is asked for: {@code q} searched without regard to case, diacritics or
 * apostrophe style; a level; a province (by id); a page, counted from 1.
 */
public record CommitteeFilter(String q, String level, Long province, Integer page) {

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 1_000_000;

	private static final int MAX_TERMS = 8;

	public String query() {
		return q == null ? "" : q.strip();
	}

	/** The words of the query; each must appear in a committee's current or former name. */
	List<String> terms() {
		return Arrays.stream(query().split("\\s+")).filter(term -> !term.isBlank()).limit(MAX_TERMS).toList();
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
