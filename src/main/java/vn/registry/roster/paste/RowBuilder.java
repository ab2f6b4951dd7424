package vn.registry.roster.paste;

import java.util.ArrayList;
import java.util.List;

/** Collects one row's parts as they are recognised; the agency falls back to the one the post names. */
final class RowBuilder {

	private final int line;

	private PasteRole role;

	private String fullName;

	private String position;

	private String agency;

	private final List<String> unrecognised = new ArrayList<>();

	RowBuilder(int line) {
		this.line = line;
	}

	boolean hasRole() {
		return role != null;
	}

	RowBuilder role(PasteRole role) {
		this.role = role;
		return this;
	}

	boolean hasName() {
		return fullName != null;
	}

	RowBuilder fullName(String fullName) {
		this.fullName = Posts.withoutHonorific(fullName);
		return this;
	}

	boolean hasPosition() {
		return position != null;
	}

	RowBuilder position(String position) {
		this.position = Text.clean(position);
		return this;
	}

	boolean hasAgency() {
		return agency != null;
	}

	RowBuilder agency(String agency) {
		this.agency = Text.clean(agency);
		return this;
	}

	RowBuilder unrecognised(String part) {
		String cleaned = Text.clean(part);
		if (cleaned != null) {
			unrecognised.add(cleaned);
		}
		return this;
	}

	/** Whether nothing was read: such a line makes no row. */
	boolean isEmpty() {
		return role == null && fullName == null && position == null && agency == null && unrecognised.isEmpty();
	}

	PastedRow build() {
		String agencyNamed = agency != null ? agency : Posts.agencyOf(position);
		return new PastedRow(line, role == null ? null : role.id(), role == null ? null : role.name(), fullName,
				position, agencyNamed, unrecognised);
	}

}
