package vn.registry.committee;

/**
 * What a consolidation or change of members does to the working group: keeps it as it is, replaces
 * it with a new one (which also starts one where there was none), or ends it.
 */
public record GroupPlan(Kind kind, GroupSpec group) {

	public enum Kind {
		KEEP, REPLACE, END
	}

	public static GroupPlan keep() {
		return new GroupPlan(Kind.KEEP, null);
	}

}
