package vn.registry.roster.paste;

import java.util.ArrayList;
import java.util.List;

/**
 * What each column of an annex table holds, read from its header row ("STT | Họ và tên | Chức vụ,
 * đơn vị công tác | Chức danh trong Ban Chỉ đạo"). Without a header, cells are read by what they
 * look like: a serial number, a role's name, then name, post and agency in that order.
 */
enum Columns {

	SERIAL, NAME, POSITION, AGENCY, ROLE, OTHER;

	/** The header row's meaning, or null when the row is not a header. */
	static List<Columns> header(List<String> cells) {
		List<Columns> kinds = new ArrayList<>();
		int known = 0;
		for (String cell : cells) {
			Columns kind = of(cell);
			kinds.add(kind);
			if (kind != OTHER) {
				known++;
			}
		}
		boolean serialFirst = !kinds.isEmpty() && kinds.get(0) == SERIAL;
		return known >= 2 || serialFirst ? kinds : null;
	}

	private static Columns of(String cell) {
		if (cell == null) {
			return OTHER;
		}
		String folded = Text.fold(cell);
		if (folded.matches("s?tt|so (tt|thu tu)")) {
			return SERIAL;
		}
		if (folded.matches(".*\\bho (va )?ten\\b.*") || folded.equals("ten")) {
			return NAME;
		}
		if (folded.contains("chuc vu")) {
			return POSITION;
		}
		if (folded.matches(".*\\b(don vi|co quan|noi cong tac)\\b.*")) {
			return AGENCY;
		}
		if (folded.matches(".*\\b(chuc danh|vai tro|nhiem vu)\\b.*")) {
			return ROLE;
		}
		return OTHER;
	}

}
