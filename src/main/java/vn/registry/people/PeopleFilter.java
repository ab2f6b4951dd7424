package vn.registry.people;

import java.util.List;

import vn.registry.committee.SearchWords;

/** The people search: words of a name or a post, folded and matched as whole words; a page from 1. */
public record PeopleFilter(String q, Integer page) {

	static final int PAGE_SIZE = 25;

	static final int MAX_PAGE = 1_000_000;

	public String query() {
		return q == null ? "" : q.strip();
	}

	List<String> words() {
		return SearchWords.of(query());
	}

	public int pageNumber() {
		return page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
	}

	long offset() {
		return (long) (pageNumber() - 1) * PAGE_SIZE;
	}

}
