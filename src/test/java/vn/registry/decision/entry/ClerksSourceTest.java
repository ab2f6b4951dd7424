package vn.registry.decision.entry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.registry.Html;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Nguồn" a clerk types is shown where a reader looks: the decision, each seat it started, the committee, the API. */
class ClerksSourceTest extends DecisionEntryTestSupport {

	@Test
	void theSourceTypedInTheFormIsCitedByTheDecisionItsSeatsAndTheCommittee() throws Exception {
		Map<String, String> form = establishment("278", "801/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Thanh Oai");
		form.put("sourceNote", "Bản chính lưu tại Văn phòng UBND huyện Thanh Oai");
		long decision = savedDecision(submit("/decisions/new", form));
		long committee = committeeOf(decision);
		long source = jdbc.sql("SELECT source_id FROM decision WHERE id = :id").param("id", decision).query(Long.class).single();

		String decisionPage = page("/decisions/" + decision);
		String committeePage = page("/committees/" + committee);
		String api = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/committees/" + committee)).andReturn().getResponse());

		assertThat(Html.sourceLinks(decisionPage)).contains(source);
		assertThat(Html.sourceLinks(Html.section(committeePage, "roster"))).contains(source);
		assertThat(Html.section(committeePage, "sources")).contains("Bản chính lưu tại Văn phòng UBND huyện Thanh Oai");
		assertThat(page("/sources/" + source)).contains("Bản chính lưu tại Văn phòng UBND huyện Thanh Oai");
		assertThat(api).contains("\"sources\":[{\"id\":" + source, "Bản chính lưu tại Văn phòng UBND huyện Thanh Oai");
		assertThat(jdbc.sql("SELECT DISTINCT source_id FROM seat WHERE appointed_by_decision_id = :id").param("id", decision)
			.query(Long.class).list()).isEqualTo(List.of(source));
	}

}
