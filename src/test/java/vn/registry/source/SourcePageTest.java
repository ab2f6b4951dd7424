package vn.registry.source;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /sources/{id}}: the citation, and the seed article's text as published. */
class SourcePageTest extends RegistryTestSupport {

	@Test
	void showsTheCitationAndTheArticle() throws Exception {
		String html = page("/sources/2");

		assertThat(html).contains("Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị", "10:41, Thứ Bảy, 18-12-2021",
				"href=\"/sources/2/text\"", "001_0f36138f2b4dcaca.txt", "Quyết định số 4268/QĐ-UBND ngày 16/12/2021");
	}

	@Test
	void showsUnknownCitationPartsAsChuaRo() throws Exception {
		String html = page("/sources/3");

		assertThat(html).contains("Bài viết không có tiêu đề", "Thanhhoa.dcs.vn", "class=\"unknown\">chưa rõ</span>");
	}

	@Test
	void linksTheOriginalAddressWhenKnown() throws Exception {
		assertThat(page("/sources/5")).contains(
				"href=\"https://vietnamnet.vn/vn/cong-nghe/binh-dinh-bo-sung-nhiem-vu-cho-ban-chi-dao-xay-dung-chinh-quyen-dien-tu-tinh-716874.html\"",
				"rel=\"noopener noreferrer\"");
	}

	@Test
	void servesTheSeedArticleAsPlainUtf8Text() throws Exception {
		MockHttpServletResponse response = get(MediaType.ALL, "/sources/1/text");
		String expected = new ClassPathResource("sources/000_dae2d9f29c8e1e17.txt").getContentAsString(StandardCharsets.UTF_8);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected).contains("Phạm Ngọc Thạch");
	}

	@Test
	void everySeedSourceHasItsText() throws Exception {
		for (int id = 1; id <= 5; id++) {
			MockHttpServletResponse response = get(MediaType.TEXT_PLAIN, "/sources/" + id + "/text");

			assertThat(response.getStatus()).as("source %d", id).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as("source %d", id).isNotBlank();
		}
	}

}
