package vn.registry.decision.entry;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Form input no browser sends: an empty submission id, a NUL byte in a field or a file's name. Never a 500. */
class FormInputTest extends DecisionEntryTestSupport {

	private static final byte[] PDF = "%PDF-1.4\n% test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void anEmptySubmissionIdIsNoServerError() throws Exception {
		Map<String, String> form = establishment("024", "501/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Long Biên");
		form.put("submissionId", "");

		MockHttpServletResponse response = submit("/decisions/new", form);

		assertThat(response.getStatus()).isIn(200, 302, 400);
		if (response.getStatus() == 200) {
			assertThat(body(response)).contains("Ban Chỉ đạo chuyển đổi số quận Long Biên");
		}
	}

	@Test
	void aNulByteInAFieldIsABadRequest() throws Exception {
		Map<String, String> form = establishment("026", "502/QĐ-UBND", "Ban Chỉ đạo\0 quận Long Biên");

		assertThat(submit("/decisions/new", form).getStatus()).isEqualTo(400);
		assertThat(count("decision WHERE number_symbol = '502/QĐ-UBND'")).isZero();
	}

	@Test
	void aNulByteInAnUploadsFileNameIsNoServerError() throws Exception {
		Map<String, String> form = establishment("027", "503/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Long Biên 3");

		MockHttpServletResponse response = upload(form, new MockMultipartFile("pdf", "quyet\0dinh.pdf", "application/pdf", PDF));

		assertThat(response.getStatus()).isIn(302, 400);
		assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE pdf_name LIKE '%' || chr(1) || '%'").query(Long.class)
			.single()).isZero();
	}

	private MockHttpServletResponse upload(Map<String, String> form, MockMultipartFile file) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/decisions/new").file(file);
		form.forEach(request::param);
		return mvc.perform(request.with(user(CLERK).roles("CLERK")).with(csrf())).andReturn().getResponse();
	}

}
