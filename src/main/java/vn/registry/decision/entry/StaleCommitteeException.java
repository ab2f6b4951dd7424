package vn.registry.decision.entry;

/** The committee was changed by someone else after the clerk opened the form. */
public class StaleCommitteeException extends RuntimeException {

	private final long committeeId;

	StaleCommitteeException(long committeeId) {
		super("Committee " + committeeId + " changed since the form was opened");
		this.committeeId = committeeId;
	}

	public long committeeId() {
		return committeeId;
	}

}
