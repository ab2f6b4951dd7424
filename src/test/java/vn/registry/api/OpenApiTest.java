package vn.registry.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The API is described in OpenAPI 3, its UI served by the application, and the new lists answer. */
class OpenApiTest extends RegistryTestSupport {

	@Test
	void theDescriptionListsEveryApiPathWithNamedSchemas() throws Exception {
		var api = json("/v3/api-docs/registry");
		Map<String, Object> paths = api.read("$.paths");

		assertThat(paths).containsKeys("/api/committees", "/api/committees/{id}", "/api/decisions",
				"/api/decisions/{id}", "/api/people", "/api/units", "/api/statistics", "/api/popolo.json");
		Map<String, Object> schemas = api.read("$.components.schemas");
		assertThat(schemas).containsKeys("Decision", "Seat", "Statistics");
		assertThat(api.read("$.components.schemas.Seat.description", String.class)).contains("folded name");
	}

	@Test
	void theUiIsServedByTheApplication() throws Exception {
		assertThat(get(MediaType.TEXT_HTML, "/swagger-ui/index.html").getStatus()).isEqualTo(200);
	}

	@Test
	void decisionsAndPeopleAnswerAsJson() throws Exception {
		List<String> numbers = json("/api/decisions", "type", "establish").read("$.items[*].numberSymbol");
		assertThat(numbers).contains("4268/QĐ-UBND");
		assertThat(json("/api/people", "q", "phan van mai").read("$.items[0].fullName", String.class))
			.isEqualTo("Phan Văn Mãi");
		long id = jdbc.sql("SELECT min(id) FROM decision").query(Long.class).single();
		assertThat(json("/api/decisions/" + id).read("$.decision.id", Long.class)).isEqualTo(id);
	}

}
