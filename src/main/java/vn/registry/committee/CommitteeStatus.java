package vn.registry.committee;

/**
 * Whether a committee still works. ACTIVE, DISSOLVED (by a recorded decision) and REPLACED (by a
 * successor committee) are stored; REORGANISED never is: it is what an active committee is shown as
 * once its administrative unit has ceased (the 2025 reform), which no decision dissolved.
 * Labels live in messages ({@code committee.status.*}).
 */
public enum CommitteeStatus {

	ACTIVE, DISSOLVED, REPLACED,
	/** Its establishment was entered by mistake and annulled: kept for the record, shown to no reader's list. */
	ANNULLED,
	REORGANISED,
	/** Shown as of a day before the committee was established; never stored either. */
	NOT_YET;

	/** The status shown on a day: an active committee of a unit that ceased before it is reorganised. */
	public CommitteeStatus shownOn(java.time.LocalDate day, java.time.LocalDate unitValidTo) {
		return this == ACTIVE && unitValidTo != null && unitValidTo.isBefore(day) ? REORGANISED : this;
	}

	public boolean isActive() {
		return this == ACTIVE;
	}

	public String messageKey() {
		return "committee.status." + name();
	}

}
