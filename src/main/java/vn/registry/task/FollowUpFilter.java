package vn.registry.task;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the follow-up list is asked for: a committee (by id), an agency (part of its name, without
 * regard to case or diacritics, lead or coordinating), a province (by id), and a state.
 */
public record FollowUpFilter(Long committee, String agency, Long province, String state) {

	/** Open (not done), due within the week, late, done, or every task. */
	public enum State {

		OPEN, SOON, LATE, DONE, ALL;

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		public String messageKey() {
			return "followUp.state." + name();
		}

	}

	static final int DUE_SOON_DAYS = 7;

	public State stateValue() {
		return Arrays.stream(State.values()).filter(s -> s.param().equals(state)).findFirst().orElse(State.OPEN);
	}

	public String agencyQuery() {
		return agency == null || agency.isBlank() ? null : agency.strip();
	}

}
