package vn.registry.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists and rosters taken away as CSV, XLSX and PDF, read back with POI and OpenPDF's own reader. */
class ExportTest extends RegistryTestSupport {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Test
	void theCommitteeListAsCsvIsUtf8WithAByteOrderMarkAndKeepsItsFilter() throws Exception {
		MockHttpServletResponse response = download("/export/committees", "format", "csv", "q", "thanh hoa");
		byte[] body = response.getContentAsByteArray();
		String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);

		assertThat(body).startsWith(BOM);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("committees.csv");
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv).startsWith("Mã số,Tên Ban Chỉ đạo,Cấp").contains("Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa")
			.contains("Tỉnh Thanh Hóa").contains("Đang hoạt động");
	}

	@Test
	void theCommitteeListAsXlsxReadsBackWithVietnameseIntact() throws Exception {
		List<List<String>> rows = sheet(download("/export/committees", "format", "xlsx").getContentAsByteArray());

		assertThat(rows).hasSize(7);
		assertThat(rows.get(0)).startsWith("Mã số", "Tên Ban Chỉ đạo");
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("Ban Chỉ đạo về chuyển đổi số huyện M’Drắk"));
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("Phan Văn Mãi", "Bí thư Tỉnh ủy"));
	}

	@Test
	void decisionsAndPeopleAreTakenAwayToo() throws Exception {
		assertThat(sheet(download("/export/decisions", "format", "xlsx", "q", "").getContentAsByteArray()))
			.anySatisfy(row -> assertThat(row).contains("4268/QĐ-UBND"));
		String people = download("/export/people", "q", "phan van mai").getContentAsString(StandardCharsets.UTF_8);
		assertThat(people).contains("Phan Văn Mãi,Bí thư Tỉnh ủy,Tỉnh ủy Bến Tre");
	}

	@Test
	void aRosterAsXlsxListsTheSeatsInRoleOrder() throws Exception {
		List<List<String>> rows = sheet(download("/export/committees/5/roster.xlsx").getContentAsByteArray());

		assertThat(rows.get(0)).startsWith("STT", "Vai trò", "Họ tên");
		assertThat(rows.get(1)).contains("Trưởng ban", "Phan Văn Mãi");
	}

	@Test
	void aRosterAsPdfCarriesTheNationalHeadingTheNamesTheDecisionAndTheDate() throws Exception {
		MockHttpServletResponse response = download("/export/committees/3/roster.pdf", "on", "2022-01-10");
		PdfReader reader = new PdfReader(response.getContentAsByteArray());
		String text = new PdfTextExtractor(reader).getTextFromPage(1);

		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
			.contains("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị").contains("4268/QĐ-UBND").contains("10/01/2022");
		assertThat(text).contains(firstPosition(3));
		String benTre = new PdfTextExtractor(new PdfReader(download("/export/committees/5/roster.pdf").getContentAsByteArray()))
			.getTextFromPage(1);
		assertThat(benTre).contains("Phan Văn Mãi").contains("Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre");
	}

	@Test
	void anUnknownFormatOrCommitteeIsNotFound() throws Exception {
		assertThat(download("/export/committees", "format", "doc").getStatus()).isEqualTo(404);
		assertThat(download("/export/committees/999999/roster.pdf").getStatus()).isEqualTo(404);
	}

	private String firstPosition(long committee) {
		return jdbc.sql("SELECT position FROM seat WHERE committee_id = :id ORDER BY id LIMIT 1")
			.param("id", committee)
			.query(String.class)
			.single();
	}

	private MockHttpServletResponse download(String path, String... nameValuePairs) throws Exception {
		return get(MediaType.ALL, path, nameValuePairs);
	}

	static List<List<String>> sheet(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell.toString()));
				rows.add(cells);
			}
			return rows;
		}
	}

}
