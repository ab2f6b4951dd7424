package vn.registry.decision;

import java.util.Locale;
import java.util.Optional;

/** What a decision does to a committee. Labels live in messages ({@code decision.type.*}). */
public enum DecisionType {

	ESTABLISH, CONSOLIDATE, RENAME, AMEND_TASKS, CHANGE_MEMBERS, ADOPT_RULES, DISSOLVE;

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "decision.type." + name();
	}

	public static Optional<DecisionType> fromParam(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (DecisionType type : values()) {
			if (type.param().equalsIgnoreCase(value.trim())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
