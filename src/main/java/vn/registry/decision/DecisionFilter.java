package vn.registry.decision;

/** The decision list's filters: a type, a year signed, an issuer; a page counted from 1. */
public record DecisionFilter(String type, Integer year, String issuer, Integer page) {

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 1_000_000;

	/** A year a decision can have been signed in; anything else matches nothing. */
	boolean yearInRange() {
		return year != null && year >= 1900 && year <= 2100;
	}

	public DecisionType typeValue() {
		return DecisionType.fromParam(type).orElse(null);
	}

	public String issuerValue() {
		return issuer == null || issuer.isBlank() ? null : issuer.strip();
	}

	/** The page asked for, from 1; absurd page numbers are capped rather than overflowing. */
	public int pageNumber() {
		return page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
	}

	long offset() {
		return (long) (pageNumber() - 1) * PAGE_SIZE;
	}

}
