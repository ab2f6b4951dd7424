package vn.registry.decision.entry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import vn.registry.system.DecisionFileChecks;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A decision's PDF reaches the decisions' files only when the decision is saved: the losing clerk's
 * upload stays held for the re-shown form, and held uploads no one came back for are deleted.
 */
class DecisionFileLifecycleTest extends DecisionEntryTestSupport {

	private static final byte[] PDF = "%PDF-1.4\n% lifecycle\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	DecisionFiles files;

	@Autowired
	DecisionFileChecks checks;

	@Test
	void theLosingClerksPdfIsNotKeptButStaysHeldForTheFormAndIsDeletedWhenAbandoned() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("028", "601/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Yên Minh"))));
		long version = committeeVersion(id);
		savedDecision(submit("/committees/" + id + "/decisions/new", rename(version, "602/QĐ-UBND", "Tên thứ nhất")));

		MockHttpServletResponse late = upload("/committees/" + id + "/decisions/new",
				rename(version, "603/QĐ-UBND", "Tên thứ hai"), "quyet-dinh-603.pdf");

		String html = body(late);
		String token = html.replaceAll("(?s).*name=\"pdfToken\" value=\"([^\"]+)\".*", "$1");
		assertThat(html).contains("vừa được người khác cập nhật", "Đã nhận tệp quyet-dinh-603.pdf");
		assertThat(files.pendingFiles()).as("held for the re-shown form").contains(token + ".pdf");
		assertThat(files.keptFiles()).as("no decision refers to it").doesNotContain(token + ".pdf");

		assertThat(checks.sweepPendingOlderThan(Duration.ZERO)).isPositive();

		assertThat(files.pendingFiles()).doesNotContain(token + ".pdf");
		assertThat(files.keptFiles()).doesNotContain(token + ".pdf");
	}

	@Test
	void anAbandonedFormLeavesNoFileBehindAndASavedOneKeepsItsFile() throws Exception {
		Map<String, String> form = establishment("029", "604/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Quản Bạ");
		form.put("signedOn", "not a date");
		String abandoned = body(upload("/decisions/new", form, "bo-do.pdf"))
			.replaceAll("(?s).*name=\"pdfToken\" value=\"([^\"]+)\".*", "$1");
		assertThat(files.pendingFiles()).contains(abandoned + ".pdf");

		form.put("signedOn", "16/12/2021");
		form.put("numberSymbol", "605/QĐ-UBND");
		form.put("submissionId", UUID.randomUUID().toString());
		long saved = savedDecision(upload("/decisions/new", form, "da-luu.pdf"));
		String file = jdbc.sql("SELECT pdf_file FROM decision WHERE id = :id").param("id", saved).query(String.class)
			.single();
		checks.sweepPendingOlderThan(Duration.ZERO);

		assertThat(files.pendingFiles()).doesNotContain(abandoned + ".pdf", file);
		assertThat(files.keptFiles()).contains(file).doesNotContain(abandoned + ".pdf");
		assertThat(checks.check()).as("files no decision refers to").isEmpty();
	}

	private Map<String, String> rename(long version, String number, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "RENAME");
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(version));
		form.put("numberSymbol", number);
		form.put("signedOn", "01/02/2024");
		form.put("issuer", "UBND huyện Yên Minh");
		form.put("signer", "Ngô Văn Giang");
		form.put("summary", "Đổi tên");
		form.put("name", name);
		form.put("action", "save");
		return form;
	}

	private MockHttpServletResponse upload(String path, Map<String, String> form, String fileName) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(path)
			.file(new MockMultipartFile("pdf", fileName, "application/pdf", PDF));
		form.forEach(request::param);
		return mvc.perform(request.with(user(CLERK).roles("CLERK")).with(csrf())).andReturn().getResponse();
	}

}
