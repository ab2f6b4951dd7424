package vn.registry.committee;

/**
 * A rule of the committee a decision would break (two heads, a seat that no longer serves, a
 * committee that no longer works). The form shows {@link #messageCode()} at {@link #field()}.
 */
public class RosterRuleException extends RuntimeException {

	private final String field;

	private final String messageCode;

	public RosterRuleException(String field, String messageCode) {
		super(messageCode, null, false, false);
		this.field = field;
		this.messageCode = messageCode;
	}

	public String field() {
		return field;
	}

	public String messageCode() {
		return messageCode;
	}

}
