package vn.registry.locality;

import java.time.LocalDate;
import java.util.List;

/** A unit, when it existed, and what took it over: what a decision's date is checked against. */
public record UnitPeriod(UnitRef unit, List<UnitRef> successors) {

	public boolean existsOn(LocalDate day) {
		return unit.existsOn(day);
	}

	/** The successors' names, as a message lists them ("Tỉnh Đắk Lắk"; "Xã A, Xã B"). */
	public String successorNames() {
		return String.join(", ", successors.stream().map(UnitRef::fullName).toList());
	}

}
