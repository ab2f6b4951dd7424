package vn.registry.decision.entry;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Concurrent edits, row buttons without JavaScript, and the signed PDF. */
class FormSafetyTest extends DecisionEntryTestSupport {

	@Test
	void theSecondOfTwoClerksEditingTheSameCommitteeGetsAConflictAndTheFirstOnesWorkStays() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("005", "401/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Cầu Giấy"))));
		long version = committeeVersion(id);
		Map<String, String> first = rename(id, version, "402/QĐ-UBND", "Tên của người thứ nhất");
		Map<String, String> second = rename(id, version, "403/QĐ-UBND", "Tên của người thứ hai");

		savedDecision(submit("/committees/" + id + "/decisions/new", first));
		MockHttpServletResponse late = submit("/committees/" + id + "/decisions/new", second);

		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(body(late)).contains("vừa được người khác cập nhật", "Tên của người thứ hai", "403/QĐ-UBND");
		assertThat(jdbc.sql("SELECT name FROM committee WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Tên của người thứ nhất");
		assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE number_symbol = '403/QĐ-UBND'").query(Long.class).single())
			.isZero();
	}

	private Map<String, String> rename(long id, long version, String number, String name) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("type", "RENAME");
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(version));
		form.put("numberSymbol", number);
		form.put("signedOn", "01/02/2024");
		form.put("issuer", "UBND quận Cầu Giấy");
		form.put("signer", "Ngô Văn Giang");
		form.put("summary", "Đổi tên");
		form.put("name", name);
		form.put("action", "save");
		return form;
	}

	@Test
	void rowButtonsWorkWithoutJavaScriptAndKeepEverythingTyped() throws Exception {
		Map<String, String> form = establishment("006", "404/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Đống Đa");
		long before = count("decision");

		form.put("action", "add:seats");
		String added = body(submit("/decisions/new", form));
		form.put("action", "up:seats:2");
		String moved = body(submit("/decisions/new", form));
		form.put("action", "remove:seats:0");
		String removed = body(submit("/decisions/new", form));

		assertThat(added).contains("name=\"seats[3].position\"", "Trần Thị Bình", "Trưởng phòng Nội vụ", "Lê Văn Cường")
			.doesNotContain("is-invalid");
		assertThat(moved.indexOf("Phó Chủ tịch UBND huyện")).isLessThan(moved.indexOf("Trưởng phòng Nội vụ"));
		assertThat(removed).doesNotContain("Trần Thị Bình").contains("Trưởng phòng Nội vụ");
		assertThat(count("decision")).isEqualTo(before);
	}

	@Test
	void theSignedPdfIsStoredAndDownloadableAndSurvivesAFormSentBackForCorrections() throws Exception {
		Map<String, String> form = establishment("008", "405/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Hoàng Mai");
		form.put("signedOn", "not a date");
		byte[] pdf = "%PDF-1.4\n% test decision\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

		String sentBack = body(upload(form, new MockMultipartFile("pdf", "quyet-dinh-405.pdf", "application/pdf", pdf)));
		assertThat(sentBack).contains("quyet-dinh-405.pdf");
		String token = sentBack.replaceAll("(?s).*name=\"pdfToken\" value=\"([^\"]+)\".*", "$1");
		form.put("signedOn", "16/12/2021");
		form.put("pdfToken", token);
		form.put("pdfName", "quyet-dinh-405.pdf");
		long decisionId = savedDecision(upload(form, new MockMultipartFile("pdf", "", "application/octet-stream", new byte[0])));

		MockHttpServletResponse download = mvc.perform(get("/decisions/" + decisionId + "/pdf")).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(page("/decisions/" + decisionId)).contains("quyet-dinh-405.pdf");
	}

	@Test
	void aFileThatIsNotAPdfIsRefused() throws Exception {
		Map<String, String> form = establishment("009", "406/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Thanh Xuân");

		MockHttpServletResponse response = upload(form,
				new MockMultipartFile("pdf", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)));

		assertThat(body(response)).contains("Tệp phải là PDF và không quá 10 MB.");
		assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE number_symbol = '406/QĐ-UBND'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aPdfOverTenMegabytesIsRefusedAtItsField() throws Exception {
		Map<String, String> form = establishment("009", "407/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Thanh Xuân");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

		String html = body(upload(form, new MockMultipartFile("pdf", "lon.pdf", "application/pdf", big)));

		assertThat(html).contains("Tệp phải là PDF và không quá 10 MB.", "Ban Chỉ đạo chuyển đổi số quận Thanh Xuân");
	}

	private MockHttpServletResponse upload(Map<String, String> form, MockMultipartFile file) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/decisions/new").file(file);
		form.forEach(request::param);
		return mvc.perform(request.with(user(CLERK).roles("CLERK")).with(csrf())).andReturn().getResponse();
	}

}
