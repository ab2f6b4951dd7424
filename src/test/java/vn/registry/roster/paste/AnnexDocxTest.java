package vn.registry.roster.paste;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.registry.roster.paste.RosterPasteTest.row;

/** A decision typed in Word, built here: its header table, the annex table and the signature block. */
class AnnexDocxTest {

	@Test
	void takesTheAnnexTableFromADecision() throws IOException {
		byte[] docx = decision();

		String table = AnnexDocx.annexTable(new ByteArrayInputStream(docx)).orElseThrow();
		PasteResult result = new RosterPaste(RosterPasteTest.COMMITTEE).parse(table);

		assertThat(result.rows()).containsExactly(
				row(2, "TRUONG_BAN", "Nguyễn Văn An", "Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(3, "PHO_TRUONG_BAN_THUONG_TRUC", "Trần Thị Bình", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh"),
				row(4, "PHO_TRUONG_BAN", "Lê Văn Cường", "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
				row(5, "UY_VIEN", "Phạm Thị Dung", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"));
		assertThat(result.skipped()).containsExactly("STT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh");
	}

	@Test
	void aDocumentWithoutTablesHasNoAnnex() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("QUYẾT ĐỊNH");
			document.write(out);

			assertThat(AnnexDocx.annexTable(new ByteArrayInputStream(out.toByteArray()))).isEmpty();
		}
	}

	private static byte[] decision() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			table(document, List.of(List.of("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
					List.of("Số: 123/QĐ-UBND", "Bến Tre, ngày 05 tháng 3 năm 2021")));
			document.createParagraph().createRun().setText("DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH");
			XWPFTable annex = table(document, List.of(
					List.of("STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Chức danh"),
					List.of("1", "Ông Nguyễn Văn An", "Chủ tịch UBND tỉnh", "Trưởng ban"),
					List.of("2", "Bà Trần Thị Bình", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng ban Thường trực"),
					List.of("3", "Ông Lê Văn Cường", "Giám đốc Sở Thông tin và Truyền thông", "Phó Trưởng ban"),
					List.of("4", "Bà Phạm Thị Dung", "Giám đốc Sở Văn hóa,", "Ủy viên")));
			// A cell of two paragraphs, as Word keeps a line break typed in a cell.
			annex.getRow(4).getCell(2).addParagraph().createRun().setText("Thể thao và Du lịch");
			table(document, List.of(List.of("Nơi nhận: như Điều 3; Lưu: VT.", "CHỦ TỊCH")));
			document.write(out);
			return out.toByteArray();
		}
	}

	private static XWPFTable table(XWPFDocument document, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.getCell(c).setText(rows.get(r).get(c));
			}
		}
		return table;
	}

}
