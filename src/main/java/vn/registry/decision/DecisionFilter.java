package vn.registry.decision;

/** The decision list's filters: a type, a year signed, an issuer; a page counted from 1. */
public record DecisionFilter(String type, Integer year, String issuer, Integer page) {

	static final int PAGE_SIZE = 20;

	public DecisionType typeValue() {
		return DecisionType.fromParam(type).orElse(null);
	}

	public String issuerValue() {
		return issuer == null || issuer.isBlank() ? null : issuer.strip();
	}

	public int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	int offset() {
		return (pageNumber() - 1) * PAGE_SIZE;
	}

}
