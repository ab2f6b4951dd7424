package vn.registry.roster.paste;

import java.util.List;
import java.util.Optional;

/** Reads one table row (its cells, as the header says or as they look) into a roster row. */
final class TableRows {

	private final RoleMatcher roles;

	private final FreeLine freeLine;

	TableRows(RoleMatcher roles) {
		this.roles = roles;
		this.freeLine = new FreeLine(roles);
	}

	RowBuilder read(int line, List<String> cells, List<Columns> header) {
		RowBuilder row = new RowBuilder(line);
		String lastText = null;
		for (int i = 0; i < cells.size(); i++) {
			String cell = Text.clean(cells.get(i));
			if (cell == null) {
				continue;
			}
			Columns kind = header != null && i < header.size() ? header.get(i) : guess(cell, i, row);
			if (header == null && kind == Columns.OTHER) {
				kind = byOrder(row, cell);
			}
			switch (kind) {
				case SERIAL -> {
					if (!Text.isSerial(cell)) {
						row.unrecognised(cell);
					}
				}
				case ROLE -> readRole(row, cell);
				case NAME -> row.fullName(cell);
				case POSITION -> {
					row.position(cell);
					lastText = cell;
				}
				case AGENCY -> row.agency(cell);
				default -> row.unrecognised(cell);
			}
		}
		if (!row.hasRole() && lastText != null) {
			// "Phó Chủ tịch UBND tỉnh - Phó Trưởng ban Thường trực" in one cell.
			row.position(freeLine.takeRole(row, lastText));
		}
		return row;
	}

	private Columns guess(String cell, int index, RowBuilder row) {
		if (index == 0 && Text.isSerial(cell)) {
			return Columns.SERIAL;
		}
		if (!row.hasRole() && roles.exact(cell).isPresent()) {
			return Columns.ROLE;
		}
		return Columns.OTHER;
	}

	/** Cells without a header, in the annexes' usual order: name, post, agency; a post-only row has no name. */
	private static Columns byOrder(RowBuilder row, String cell) {
		if (!row.hasName() && !row.hasPosition() && Posts.looksLikeName(Posts.withoutHonorific(cell))) {
			return Columns.NAME;
		}
		if (!row.hasPosition()) {
			return Columns.POSITION;
		}
		return row.hasAgency() ? Columns.OTHER : Columns.AGENCY;
	}

	private void readRole(RowBuilder row, String cell) {
		Optional<PasteRole> exact = roles.exact(cell);
		if (exact.isPresent()) {
			row.role(exact.get());
			return;
		}
		Optional<RoleMatcher.Prefix> prefix = roles.prefix(cell);
		if (prefix.isPresent()) {
			row.role(prefix.get().role()).unrecognised(prefix.get().rest());
		}
		else {
			row.unrecognised(cell);
		}
	}

}
