package vn.registry.roster.paste;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a clerk pasted from a decision's annex into roster rows. Three shapes are read: a
 * table from a spreadsheet or Word (cells separated by tabs), a Word table that arrived as one
 * cell per line (rows start with their serial number), and free lines such as "Ông Nguyễn Văn A,
 * Phó Chủ tịch UBND tỉnh - Phó Trưởng ban Thường trực". Pure: the roles come from the caller.
 */
public final class RosterPaste {

	private final RoleMatcher roles;

	private final TableRows tableRows;

	private final FreeLine freeLine;

	public RosterPaste(List<PasteRole> roles) {
		this.roles = new RoleMatcher(roles);
		this.tableRows = new TableRows(this.roles);
		this.freeLine = new FreeLine(this.roles);
	}

	public PasteResult parse(String pasted) {
		if (pasted == null || pasted.isBlank()) {
			return new PasteResult(List.of(), List.of());
		}
		String text = Normalizer.normalize(pasted, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		if (text.indexOf('\t') >= 0) {
			return table(TabbedText.read(text));
		}
		List<TabbedText.Line> lines = lines(text);
		if (CellLines.applies(lines)) {
			return table(CellLines.rows(lines));
		}
		return freeLines(lines);
	}

	/** Table rows: a header row (possibly repeated on each page of the annex) says what the columns hold. */
	PasteResult table(List<TabbedText.Line> lines) {
		List<PastedRow> rows = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<Columns> header = null;
		for (TabbedText.Line line : lines) {
			List<Columns> asHeader = isHeader(line.cells()) ? Columns.header(line.cells()) : null;
			if (asHeader != null) {
				header = asHeader;
				skipped.add(joined(line.cells()));
				continue;
			}
			List<String> filled = line.cells().stream().map(Text::clean).filter(c -> c != null).toList();
			if (filled.size() == 1 && Headings.isHeading(filled.get(0))) {
				skipped.add(filled.get(0));
				continue;
			}
			// A line without tabs among tabbed ones is a sentence ("Ông ..., ... - Ủy viên").
			RowBuilder row = filled.size() == 1 && line.cells().size() == 1 ? freeLine.read(line.number(), filled.get(0))
					: tableRows.read(line.number(), line.cells(), header);
			if (!row.isEmpty()) {
				rows.add(row.build());
			}
		}
		return new PasteResult(rows, skipped);
	}

	private PasteResult freeLines(List<TabbedText.Line> lines) {
		List<PastedRow> rows = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (TabbedText.Line line : lines) {
			String text = line.cells().get(0);
			if (Headings.isHeading(text)) {
				skipped.add(text);
				continue;
			}
			RowBuilder row = freeLine.read(line.number(), text);
			if (row.isEmpty()) {
				skipped.add(text);
			}
			else {
				rows.add(row.build());
			}
		}
		return new PasteResult(rows, skipped);
	}

	/** A header has short cells and no role's name among them (a data row without a serial might). */
	private boolean isHeader(List<String> cells) {
		return !Text.isSerial(cells.get(0)) && cells.stream().map(Text::clean).filter(c -> c != null)
			.allMatch(c -> c.length() <= 60 && roles.exact(c).isEmpty());
	}

	/** The non-blank lines, each as one cell, with its line number. */
	private static List<TabbedText.Line> lines(String text) {
		String[] raw = text.split("\n", -1);
		List<TabbedText.Line> lines = new ArrayList<>();
		for (int i = 0; i < raw.length; i++) {
			String cleaned = Text.clean(raw[i]);
			if (cleaned != null) {
				lines.add(new TabbedText.Line(i + 1, List.of(cleaned)));
			}
		}
		return lines;
	}

	private static String joined(List<String> cells) {
		return String.join(" | ", cells.stream().map(Text::clean).filter(c -> c != null).toList());
	}

}
