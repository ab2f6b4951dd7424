package vn.registry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring configuration every web and database test shares, so the context cache starts a
 * single embedded PostgreSQL for all of them. A real server runs on a random port (for error pages,
 * which MockMvc does not render) next to MockMvc (for everything else, and for tests whose data
 * lives in the test's transaction).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class RegistryTestSupport {

	private static final Configuration JSON = Configuration.defaultConfiguration()
		.addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL);

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	/** GETs a page as HTML, asserts it answered 200, and returns its text. */
	protected String page(String path, String... nameValuePairs) throws Exception {
		return ok(MediaType.TEXT_HTML, path, nameValuePairs);
	}

	/** GETs a JSON resource, asserts it answered 200, and returns it for JSON path reads. */
	protected DocumentContext json(String path, String... nameValuePairs) throws Exception {
		return JsonPath.using(JSON).parse(ok(MediaType.APPLICATION_JSON, path, nameValuePairs));
	}

	protected MockHttpServletResponse get(MediaType accept, String path, String... nameValuePairs) throws Exception {
		assertThat(nameValuePairs.length % 2).as("parameters come in name, value pairs").isZero();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(uri(path, nameValuePairs)).accept(accept);
		return mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * The address with its query string percent-encoded, as a browser sends it: unlike
	 * {@code param(...)}, this gives the request a query string, which the pager and the language
	 * switcher copy into their links.
	 */
	protected static URI uri(String path, String... nameValuePairs) {
		StringBuilder uri = new StringBuilder(path);
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			uri.append(i == 0 ? '?' : '&')
				.append(encode(nameValuePairs[i]))
				.append('=')
				.append(encode(nameValuePairs[i + 1]));
		}
		return URI.create(uri.toString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private String ok(MediaType accept, String path, String... nameValuePairs) throws Exception {
		MockHttpServletResponse response = get(accept, path, nameValuePairs);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as("GET %s %s answers 200; body: %s", path, String.join(" ", nameValuePairs),
				abbreviate(body)).isEqualTo(200);
		return body;
	}

	private static String abbreviate(String body) {
		return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
	}

	protected long unitId(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND valid_from IS NULL")
			.param("code", code)
			.query(Long.class)
			.single();
	}

}
