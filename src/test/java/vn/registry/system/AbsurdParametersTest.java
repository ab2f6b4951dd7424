package vn.registry.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.registry.RegistryTestSupport;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Page numbers and years no one means still answer a page, never a 500. */
class AbsurdParametersTest extends RegistryTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/committees?page=200000000", "/committees?page=2147483647", "/decisions?page=200000000",
			"/decisions?year=0", "/decisions?year=99999999", "/decisions?year=-5" })
	void answersAnEmptyPageInsteadOfFailing(String address) throws Exception {
		MockHttpServletResponse response = get(MediaType.TEXT_HTML, address);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/committees?page=200000000", "/api/committees?page=2147483647" })
	void theApiAnswersAnEmptyPageToo(String address) throws Exception {
		MockHttpServletResponse response = get(MediaType.APPLICATION_JSON, address);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"items\":[]");
	}

}
