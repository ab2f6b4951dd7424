package vn.registry.roster.paste;

import java.util.List;

/**
 * One roster row read from pasted text. {@code line} is where it began (1-based) so the clerk can
 * find it; {@code unrecognised} holds every part the parser could not place, which the review shows
 * highlighted and the form keeps. A null role means none was recognised.
 */
public record PastedRow(int line, Long roleId, String role, String fullName, String position, String agency,
		List<String> unrecognised) {

	public PastedRow {
		unrecognised = List.copyOf(unrecognised);
	}

	public boolean roleMissing() {
		return roleId == null;
	}

	public boolean hasUnrecognised() {
		return !unrecognised.isEmpty();
	}

}
