package vn.registry.roster;

import java.util.Objects;

/** Who holds a seat: a name where the decision gives one, a post, an agency. Blank means not stated. */
public record SeatHolder(String fullName, String position, String agency) {

	public SeatHolder {
		fullName = blankToNull(fullName);
		position = blankToNull(position);
		agency = blankToNull(agency);
	}

	public boolean sameAs(SeatHolder other) {
		return Objects.equals(fullName, other.fullName) && Objects.equals(position, other.position)
				&& Objects.equals(agency, other.agency);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
