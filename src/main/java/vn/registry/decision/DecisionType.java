package vn.registry.decision;

import java.util.Locale;
import java.util.Optional;

/** What a decision does to a committee. Labels live in messages ({@code decision.type.*}). */
public enum DecisionType {

	ESTABLISH, CONSOLIDATE, RENAME, AMEND_TASKS, CHANGE_MEMBERS, ADOPT_RULES, DISSOLVE;

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** What the form for this type asks for; templates ask these, never compare names. */
	public boolean establishes() {
		return this == ESTABLISH;
	}

	public boolean setsRoster() {
		return this == ESTABLISH || this == CONSOLIDATE || this == CHANGE_MEMBERS;
	}

	public boolean consolidates() {
		return this == CONSOLIDATE;
	}

	public boolean changesMembers() {
		return this == CHANGE_MEMBERS;
	}

	public boolean setsTasks() {
		return this == ESTABLISH || this == AMEND_TASKS;
	}

	public boolean renames() {
		return this == RENAME;
	}

	public boolean adoptsRules() {
		return this == ADOPT_RULES;
	}

	public boolean dissolves() {
		return this == DISSOLVE;
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
