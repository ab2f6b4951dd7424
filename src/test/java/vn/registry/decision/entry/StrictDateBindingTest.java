package vn.registry.decision.entry;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form binds dates in dd/MM/yyyy only: an ISO date typed in the form is refused at its field,
 * with the message the browser shows as the clerk types, and nothing is saved.
 */
class StrictDateBindingTest extends DecisionEntryTestSupport {

	@Test
	void anIsoDateTypedInTheFormIsRefusedAtItsField() throws Exception {
		Map<String, String> form = establishment("020", "311/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số kiểm thử ngày ISO");
		form.put("signedOn", "2024-03-15");
		long decisions = jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single();

		MockHttpServletResponse response = submit("/decisions/new", form);

		assertThat(response.getStatus()).isEqualTo(200);
		String html = body(response);
		assertThat(html).contains("Ngày phải có dạng dd/mm/yyyy, ví dụ 16/12/2021.", "value=\"2024-03-15\"")
			.containsPattern("id=\"signedOn\"[^>]*is-invalid|is-invalid[^>]*id=\"signedOn\"|id=\"signedOn-error\"");
		assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single()).isEqualTo(decisions);
	}

	@Test
	void anImpossibleDateIsRefusedToo() throws Exception {
		Map<String, String> form = establishment("021", "312/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số kiểm thử ngày sai");
		form.put("effectiveOn", "31/02/2022");

		String html = body(submit("/decisions/new", form));

		assertThat(html).contains("Ngày phải có dạng dd/mm/yyyy, ví dụ 16/12/2021.", "value=\"31/02/2022\"");
	}

}
