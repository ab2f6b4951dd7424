package vn.registry.scale;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the scale tests share: MockMvc over the whole application (filters included, so the page
 * cache and Spring Security answer as in production), and a count of the SQL statements a request
 * runs. Subclasses choose their data set with a property, which gives each its own database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementRecorder.Configuration.class)
abstract class ScaleTestSupport {

	/** The most statements any page or API call may run. */
	static final int BUDGET = 4;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	protected MockHttpServletResponse get(String uri, String... headerNameValuePairs) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(uri))
			.accept(uri.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		for (int i = 0; i < headerNameValuePairs.length; i += 2) {
			request.header(headerNameValuePairs[i], headerNameValuePairs[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	protected String page(String uri) throws Exception {
		MockHttpServletResponse response = get(uri);
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The statements a request runs when the page has to be rendered: the data version has just moved on. */
	protected List<StatementRecorder.Statement> statementsRendering(String uri) throws Exception {
		dataVersionMovesOn();
		StatementRecorder.start();
		assertThat(get(uri).getStatus()).as(uri).isEqualTo(200);
		return StatementRecorder.recorded();
	}

	/** The statements a request runs when the page was kept: asked for twice at the same data version. */
	protected List<StatementRecorder.Statement> statementsKept(String uri) throws Exception {
		assertThat(get(uri).getStatus()).as(uri).isEqualTo(200);
		assertThat(get(uri).getStatus()).as(uri).isEqualTo(200);
		StatementRecorder.start();
		assertThat(get(uri).getStatus()).as(uri).isEqualTo(200);
		return StatementRecorder.recorded();
	}

	/** As a write does: every page kept so far is out of date. */
	protected void dataVersionMovesOn() {
		jdbc.sql("UPDATE registry_change SET version = version + 1").update();
	}

	/**
	 * The same pages with the same expected number of statements, whatever the data set: lists are
	 * asked for their second page, so that they count their rows (as a list of more than one page does).
	 */
	private long unit(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND valid_from IS NULL")
			.param("code", code).query(Long.class).single();
	}

	protected void assertStatementBudgets(TestCommittees.Created small, TestCommittees.Created large)
			throws Exception {
		// A committee page: the data version, the committee, its place in the hierarchy (HierarchyQueries).
		Object[][] pages = { { "/", 3 }, { "/committees?page=2", 4 }, { "/committees?q=kiem%20thu%20quy%20mo", 3 },
				{ "/committees?level=district&page=2", 4 }, { "/committees/" + small.committee(), 3 },
				{ "/committees/" + large.committee(), 3 }, { "/committees/" + large.committee() + "?on=2024-01-01", 3 },
				{ "/api/committees?page=2", 3 }, { "/api/committees/" + small.committee(), 2 },
				{ "/api/committees/" + large.committee(), 2 }, { "/decisions?page=2", 3 },
				{ "/decisions/" + small.decision(), 4 }, { "/decisions/" + large.decision(), 4 }, { "/sources/1", 2 },
				{ "/units/" + unit("652"), 2 }, { "/api/units/" + unit("652"), 2 } };
		for (Object[] page : pages) {
			String uri = (String) page[0];
			assertThat(statementsRendering(uri)).as("statements rendering " + uri).hasSize((Integer) page[1]);
			assertThat(statementsKept(uri)).as("statements when " + uri + " was kept").hasSize(1);
		}
		assertThat(statementsRendering("/committees")).hasSizeLessThanOrEqualTo(BUDGET);
		assertThat(statementsRendering("/decisions")).hasSizeLessThanOrEqualTo(BUDGET);
		// Not kept by the page cache: a page of seats and their count.
		assertThat(statementsRendering("/people?q=chuc%20vu%20kiem%20thu&page=2")).hasSizeLessThanOrEqualTo(2);
	}

}
