package vn.registry.system;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The application serves its own icon: the one pages link to and the one browsers ask for unasked. */
class FaviconTest extends RegistryTestSupport {

	@Test
	void pagesLinkToTheIconAndBothIconsAreServed() throws Exception {
		assertThat(page("/")).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");

		MockHttpServletResponse svg = get(MediaType.ALL, "/favicon.svg");
		assertThat(svg.getStatus()).isEqualTo(200);
		assertThat(svg.getContentType()).startsWith("image/svg+xml");
		assertThat(svg.getContentAsString()).startsWith("<svg");

		MockHttpServletResponse ico = get(MediaType.ALL, "/favicon.ico");
		assertThat(ico.getStatus()).isEqualTo(200);
		assertThat(ico.getContentAsByteArray()).startsWith(0, 0, 1, 0);
	}

}
