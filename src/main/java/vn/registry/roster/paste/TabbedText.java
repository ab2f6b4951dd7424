package vn.registry.roster.paste;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as spreadsheets and Word put it on the clipboard. A spreadsheet quotes a cell
 * that holds a line break ("Giám đốc⏎Sở Tài chính" becomes {@code "Giám đốc\nSở Tài chính"});
 * Word does not, so its cell breaks into a short line, joined back to the row it belongs to when
 * the table numbers its rows.
 */
final class TabbedText {

	record Line(int number, List<String> cells) {
	}

	private TabbedText() {
	}

	static List<Line> read(String text) {
		return joinBrokenCells(split(text));
	}

	private static List<Line> split(String text) {
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int number = 1;
		int start = 1;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				number++;
			}
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
			}
			else if (c == '\t') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				cells.add(cell.toString());
				lines.add(new Line(start, List.copyOf(cells)));
				cells.clear();
				cell.setLength(0);
				start = number;
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		lines.add(new Line(start, List.copyOf(cells)));
		return lines.stream().filter(line -> line.cells().stream().anyMatch(c -> Text.clean(c) != null)).toList();
	}

	/** A line without a serial number continues the numbered row above it when that row is short of cells. */
	private static List<Line> joinBrokenCells(List<Line> lines) {
		long numbered = lines.stream().filter(line -> Text.isSerial(line.cells().get(0))).count();
		if (numbered < 2) {
			return lines;
		}
		int width = lines.stream().filter(line -> Text.isSerial(line.cells().get(0)))
			.mapToInt(line -> line.cells().size()).max().orElse(0);
		List<Line> joined = new ArrayList<>();
		for (Line line : lines) {
			Line previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			boolean continues = previous != null && Text.isSerial(previous.cells().get(0))
					&& !Text.isSerial(line.cells().get(0)) && previous.cells().size() < width
					&& previous.cells().size() + line.cells().size() - 1 <= width;
			if (continues) {
				List<String> cells = new ArrayList<>(previous.cells());
				int last = cells.size() - 1;
				cells.set(last, cells.get(last) + " " + line.cells().get(0));
				cells.addAll(line.cells().subList(1, line.cells().size()));
				joined.set(joined.size() - 1, new Line(previous.number(), cells));
			}
			else {
				joined.add(line);
			}
		}
		return joined;
	}

}
