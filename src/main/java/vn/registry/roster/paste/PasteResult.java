package vn.registry.roster.paste;

import java.util.List;

/**
 * What a paste gave: the rows, and the lines that made no row (a header, a heading such as
 * "I. BAN CHỈ ĐẠO"), listed so that nothing is dropped without the clerk seeing it.
 */
public record PasteResult(List<PastedRow> rows, List<String> skipped) {

	public PasteResult {
		rows = List.copyOf(rows);
		skipped = List.copyOf(skipped);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
