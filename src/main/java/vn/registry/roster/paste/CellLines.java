package vn.registry.roster.paste;

import java.util.ArrayList;
import java.util.List;

/**
 * A Word table that reached the clipboard as one cell per line: "1", "Nguyễn Văn A", "Chủ tịch UBND
 * tỉnh", "Trưởng ban", "2", ... Each row starts at a line that is only a serial number; the lines
 * before the first row are the header (or the annex's title).
 */
final class CellLines {

	private static final int MOST_CELLS_PER_ROW = 6;

	private CellLines() {
	}

	static boolean applies(List<TabbedText.Line> lines) {
		long serials = lines.stream().filter(line -> Text.isSerial(line.cells().get(0))).count();
		return serials >= 2 && (lines.size() - serials) <= serials * MOST_CELLS_PER_ROW;
	}

	/** The rows as cells, preceded by the header as one row when the first lines form one. */
	static List<TabbedText.Line> rows(List<TabbedText.Line> lines) {
		List<TabbedText.Line> rows = new ArrayList<>();
		int first = 0;
		while (first < lines.size() && !Text.isSerial(lines.get(first).cells().get(0))) {
			first++;
		}
		List<String> before = new ArrayList<>();
		for (TabbedText.Line line : lines.subList(0, first)) {
			if (Headings.isHeading(line.cells().get(0))) {
				rows.add(line);
			}
			else {
				before.add(line.cells().get(0));
			}
		}
		if (!before.isEmpty()) {
			boolean header = Columns.header(before) != null;
			int number = lines.get(0).number();
			if (header) {
				rows.add(new TabbedText.Line(number, before));
			}
			else {
				before.forEach(text -> rows.add(new TabbedText.Line(number, List.of(text))));
			}
		}
		List<String> cells = null;
		int start = 0;
		for (TabbedText.Line line : lines.subList(first, lines.size())) {
			String text = line.cells().get(0);
			if (Text.isSerial(text) || Headings.isHeading(text)) {
				add(rows, start, cells);
				cells = Headings.isHeading(text) ? null : new ArrayList<>(List.of(text));
				start = line.number();
				if (cells == null) {
					rows.add(line);
				}
			}
			else if (cells != null) {
				cells.add(text);
			}
			else {
				rows.add(line);
			}
		}
		add(rows, start, cells);
		return rows;
	}

	private static void add(List<TabbedText.Line> rows, int start, List<String> cells) {
		if (cells != null) {
			rows.add(new TabbedText.Line(start, List.copyOf(cells)));
		}
	}

}
