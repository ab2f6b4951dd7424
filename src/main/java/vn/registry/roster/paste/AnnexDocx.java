package vn.registry.roster.paste;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The annex table of a decision uploaded as DOCX. A decision has other tables (the header with
 * the issuer and the national motto, the signature block); the annex is the one whose header names
 * the people ("Họ và tên"), or else the longest. Its rows come out as tabbed text, a cell's
 * paragraphs joined by a space, for {@link RosterPaste} to read like any paste.
 */
public final class AnnexDocx {

	private AnnexDocx() {
	}

	/** The annex table as tab-separated lines; empty when the document has no table. */
	public static Optional<String> annexTable(InputStream docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(docx)) {
			List<XWPFTable> tables = document.getTables();
			return tables.stream()
				.filter(AnnexDocx::namesPeople)
				.max(Comparator.comparingInt(table -> table.getRows().size()))
				.or(() -> tables.stream().max(Comparator.comparingInt(table -> table.getRows().size())))
				.map(AnnexDocx::asText);
		}
	}

	private static boolean namesPeople(XWPFTable table) {
		return table.getRows().stream().limit(3).anyMatch(row -> Columns.header(cells(row)) != null
				&& Columns.header(cells(row)).contains(Columns.NAME));
	}

	private static String asText(XWPFTable table) {
		return table.getRows().stream().map(row -> String.join("\t", cells(row))).collect(Collectors.joining("\n"));
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(AnnexDocx::text).toList();
	}

	private static String text(XWPFTableCell cell) {
		return cell.getParagraphs().stream()
			.map(XWPFParagraph::getText)
			.map(text -> text.replace('\t', ' '))
			.collect(Collectors.joining(" "))
			.strip();
	}

}
