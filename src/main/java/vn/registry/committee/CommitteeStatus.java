package vn.registry.committee;

/**
 * Whether a committee still works. Labels live in messages ({@code committee.status.*}). REPLACED:
 * a successor committee's establishment named it (the schema allows it since V12).
 */
public enum CommitteeStatus {

	ACTIVE, DISSOLVED, REPLACED;

	public String messageKey() {
		return "committee.status." + name();
	}

}
