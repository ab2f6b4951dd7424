package vn.registry.locality;

import java.time.LocalDate;

/** An administrative unit as pages show it, with the period it existed (null: open). */
public record UnitRef(long id, String code, String name, String fullName, Level level, LocalDate validFrom,
		LocalDate validTo) {

	/** True when the unit existed on that day. */
	public boolean existsOn(LocalDate day) {
		return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
	}

	/** True when the unit has ceased by that day (it existed until before it). */
	public boolean ceasedBy(LocalDate day) {
		return validTo != null && validTo.isBefore(day);
	}

	/** The first day the unit no longer existed, if it ceased. */
	public LocalDate ceasedOn() {
		return validTo == null ? null : validTo.plusDays(1);
	}

}
