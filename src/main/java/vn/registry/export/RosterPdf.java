package vn.registry.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A committee's roster as an A4 PDF under the national heading, in DejaVu Sans (embedded, a subset:
 * it has every letter of Vietnamese; licence in fonts/LICENSE-DejaVu.txt).
 */
final class RosterPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

	record Text(String nation, String motto, String title, String asOf, String decisions, List<String> headers) {
	}

	record Line(String number, String role, String name, String position, String decision) {
	}

	private RosterPdf() {
	}

	static void write(OutputStream out, Text text, String committee, String unit, LocalDate on,
			List<String> decisions, List<Line> lines) {
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(centered(text.nation(), new Font(BOLD, 12)));
		document.add(centered(text.motto(), new Font(BOLD, 11)));
		document.add(centered("―――――――", new Font(REGULAR, 9)));
		Paragraph title = centered(text.title() + "\n" + committee, new Font(BOLD, 13));
		title.setSpacingBefore(14);
		document.add(title);
		document.add(centered(unit + " · " + text.asOf() + " " + DAY.format(on), new Font(REGULAR, 10)));
		Paragraph basis = new Paragraph(text.decisions() + " " + String.join("; ", decisions), new Font(REGULAR, 9));
		basis.setSpacingBefore(8);
		basis.setSpacingAfter(8);
		document.add(basis);
		PdfPTable table = new PdfPTable(new float[] { 0.5f, 2f, 2.2f, 3.3f, 1.6f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : text.headers()) {
			PdfPCell cell = new PdfPCell(new Phrase(header, new Font(BOLD, 9)));
			cell.setBackgroundColor(new Color(230, 230, 230));
			table.addCell(cell);
		}
		Font cellFont = new Font(REGULAR, 9);
		for (Line line : lines) {
			for (String value : List.of(line.number(), line.role(), line.name(), line.position(), line.decision())) {
				table.addCell(new Phrase(value, cellFont));
			}
		}
		document.add(table);
		document.close();
	}

	private static Paragraph centered(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		return paragraph;
	}

	private static BaseFont font(String resource) {
		try (InputStream in = RosterPdf.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
