package vn.registry.decision.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** "Dán danh sách" on the decision form: the server reads the annex, fills the table, and shows what it read. */
class RosterPasteFormTest extends DecisionEntryTestSupport {

	private static final Pattern INPUT = Pattern.compile("<input[^>]*?name=\"((?:seats|workingGroupSeats)\\[\\d+]\\.\\w+)\"[^>]*?value=\"([^\"]*)\"");

	private static final Pattern SELECT = Pattern.compile("<select[^>]*?name=\"((?:seats|workingGroupSeats)\\[\\d+]\\.roleId)\"[^>]*>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern SELECTED = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\"");

	@Test
	void aPastedAnnexOfThirtyFiveRowsFillsTheRosterAndIsSaved() throws Exception {
		Map<String, String> form = establishment("024", "107/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Cầu Giấy");
		form.keySet().removeIf(key -> key.startsWith("seats["));
		form.put("seats[0].fullName", "");
		form.put("seatsPaste", annex());
		form.put("action", "paste:seats");

		MockHttpServletResponse pasted = submit("/decisions/new", form);

		assertThat(pasted.getStatus()).isEqualTo(200);
		String page = body(pasted);
		assertThat(page).contains("id=\"seats-paste-review\"", "Đã đọc 35 dòng và thêm vào bảng từ dòng 1",
				"chưa nhận ra: kiêm Thư ký", "Ban Chỉ đạo chuyển đổi số quận Cầu Giấy");
		Map<String, String> rows = rosterFields(page);
		assertThat(rows).containsEntry("seats[0].fullName", "Nguyễn Văn Thắng")
			.containsEntry("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")))
			.containsEntry("seats[1].roleId", String.valueOf(roleId("PHO_TRUONG_BAN_THUONG_TRUC")))
			.containsEntry("seats[34].fullName", "Lục Thị Vân")
			.containsEntry("seats[34].position", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh; kiêm Thư ký")
			.containsEntry("seats[34].agency", "Hiệp hội Doanh nghiệp tỉnh")
			.doesNotContainKey("seats[35].fullName");

		form.keySet().removeIf(key -> key.startsWith("seats"));
		form.putAll(rows);
		form.put("action", "save");
		long committeeId = committeeOf(savedDecision(submit("/decisions/new", form)));

		assertThat(roster(committeeId)).hasSize(35)
			.startsWith("TRUONG_BAN|Nguyễn Văn Thắng|Chủ tịch UBND tỉnh",
					"PHO_TRUONG_BAN_THUONG_TRUC|Trần Minh Hoàng|Phó Chủ tịch UBND tỉnh");
	}

	@Test
	void theWorkingGroupTakesItsTableFromAnUploadedDocx() throws Exception {
		Map<String, String> form = establishment("001", "108/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Đống Đa");
		form.put("action", "paste:workingGroupSeats");
		MockMultipartHttpServletRequestBuilder request = multipart("/decisions/new");
		request.file(new MockMultipartFile("workingGroupSeatsPasteFile", "quyet-dinh.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", groupDocx()));
		form.forEach(request::param);

		String page = body(mvc.perform(request.with(user(CLERK).roles("CLERK")).with(csrf())).andReturn().getResponse());

		assertThat(page).contains("id=\"workingGroupSeats-paste-review\"", "Đã đọc 2 dòng và thêm vào bảng từ dòng 3");
		assertThat(rosterFields(page)).containsEntry("workingGroupSeats[2].fullName", "Hà Thị Hậu")
			.containsEntry("workingGroupSeats[2].roleId", String.valueOf(roleId("TO_PHO")))
			.containsEntry("workingGroupSeats[3].fullName", "Y Bhin Niê")
			.containsEntry("workingGroupSeats[3].roleId", String.valueOf(roleId("THANH_VIEN")))
			.containsEntry("seats[0].fullName", "Trần Thị Bình");
	}

	@Test
	void anUnknownRoleIsShownAndTheRowKeepsItsWords() throws Exception {
		Map<String, String> form = establishment("001", "109/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Hai Bà Trưng");
		form.put("seatsPaste", "Bà Lý Thị Kim, Phó Giám đốc Sở Y tế - Thư ký\n\nII. TỔ GIÚP VIỆC\n");
		form.put("action", "paste:seats");

		String page = body(submit("/decisions/new", form));

		assertThat(page).contains("Đã đọc 1 dòng và thêm vào bảng từ dòng 4", "<mark>chưa nhận ra vai trò</mark>",
				"<mark>chưa nhận ra: Thư ký</mark>", "<mark>II. TỔ GIÚP VIỆC</mark>");
		assertThat(rosterFields(page)).containsEntry("seats[3].fullName", "Lý Thị Kim")
			.containsEntry("seats[3].position", "Phó Giám đốc Sở Y tế; Thư ký")
			.doesNotContainKey("seats[3].roleId");
	}

	@Test
	void aFileThatIsNotADocxIsSaidSo() throws Exception {
		Map<String, String> form = establishment("001", "110/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Hoàng Mai");
		form.put("action", "paste:seats");
		MockMultipartHttpServletRequestBuilder request = multipart("/decisions/new");
		request.file(new MockMultipartFile("seatsPasteFile", "a.docx", "application/octet-stream",
				"not a document".getBytes(StandardCharsets.UTF_8)));
		form.forEach(request::param);

		String page = body(mvc.perform(request.with(user(CLERK).roles("CLERK")).with(csrf())).andReturn().getResponse());

		assertThat(page).contains("Không đọc được danh sách");
		assertThat(rosterFields(page)).containsEntry("seats[0].fullName", "Trần Thị Bình");
	}

	/** The roster fields as the page renders them (what a browser would send back), blank ones left out. */
	static Map<String, String> rosterFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(html);
		while (input.find()) {
			if (!input.group(2).isEmpty()) {
				fields.put(input.group(1), input.group(2));
			}
		}
		Matcher select = SELECT.matcher(html);
		while (select.find()) {
			Matcher selected = SELECTED.matcher(select.group(2));
			if (selected.find()) {
				fields.put(select.group(1), selected.group(1));
			}
		}
		return fields;
	}

	private static String annex() throws IOException {
		try (InputStream in = RosterPasteFormTest.class.getResourceAsStream("/paste/annex-35-rows.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static byte[] groupDocx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = document.createTable(3, 4);
			String[][] cells = { { "STT", "Họ và tên", "Chức vụ", "Nhiệm vụ" },
					{ "1", "Hà Thị Hậu", "Phó Trưởng phòng Văn hóa và Thông tin", "Tổ phó" },
					{ "2", "Y Bhin Niê", "Chuyên viên Văn phòng HĐND và UBND huyện", "Thành viên" } };
			for (int r = 0; r < cells.length; r++) {
				for (int c = 0; c < cells[r].length; c++) {
					table.getRow(r).getCell(c).setText(cells[r][c]);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

}
