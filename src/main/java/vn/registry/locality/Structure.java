package vn.registry.locality;

import java.time.LocalDate;

/**
 * The two structures of Vietnam's administrative units the registry knows: the one that ended on
 * 30/06/2025 (63 provinces, districts, 10,595 communes) and the one in force from 01/07/2025
 * (34 provinces, 3,321 communes). Filters offer today's by default.
 */
public enum Structure {

	BEFORE_2025(LocalDate.of(2025, 6, 30)), FROM_2025(LocalDate.of(2025, 7, 1));

	/** The day the reform took effect. */
	public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private final LocalDate representativeDay;

	Structure(LocalDate representativeDay) {
		this.representativeDay = representativeDay;
	}

	/** A day on which this structure was in force. */
	public LocalDate day() {
		return representativeDay;
	}

	/** The value in addresses: {@code ?structure=2024} shows the old provinces; anything else today's. */
	public String param() {
		return this == BEFORE_2025 ? "2024" : "2025";
	}

	public static Structure fromParam(String value) {
		return "2024".equals(value == null ? null : value.strip()) ? BEFORE_2025 : FROM_2025;
	}

	public static Structure on(LocalDate day) {
		return day.isBefore(REFORM) ? BEFORE_2025 : FROM_2025;
	}

}
