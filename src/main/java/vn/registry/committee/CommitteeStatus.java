package vn.registry.committee;

/** Whether a committee still works. Labels live in messages ({@code committee.status.*}). */
public enum CommitteeStatus {

	ACTIVE, DISSOLVED;

	public String messageKey() {
		return "committee.status." + name();
	}

}
