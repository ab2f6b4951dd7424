package vn.registry.decision.entry;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Decision-entry tests write to the database, so they get a database of their own (a distinct
 * context), leaving the seeded registry the read-side tests check untouched.
 */
@SpringBootTest(properties = "registry.test.database=decision-entry")
@AutoConfigureMockMvc
abstract class DecisionEntryTestSupport {

	static final String CLERK = "clerk.test";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	/** A valid establishment of a new committee for an administrative unit, as a clerk fills it in. */
	Map<String, String> establishment(String unitCode, String number, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "ESTABLISH");
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("numberSymbol", number);
		form.put("signedOn", "16/12/2021");
		form.put("issuer", "UBND huyện thử nghiệm " + unitCode);
		form.put("signer", "Nguyễn Văn An");
		form.put("summary", "Về việc thành lập " + name);
		form.put("name", name);
		form.put("unitId", String.valueOf(unitId(unitCode)));
		form.put("tasks[0]", "Tham mưu về chuyển đổi số");
		form.put("tasks[1]", "Đôn đốc, kiểm tra");
		form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		form.put("seats[0].fullName", "Trần Thị Bình");
		form.put("seats[0].position", "Chủ tịch UBND huyện");
		form.put("seats[1].roleId", String.valueOf(roleId("UY_VIEN")));
		form.put("seats[1].position", "Trưởng phòng Nội vụ");
		form.put("seats[2].roleId", String.valueOf(roleId("PHO_TRUONG_BAN")));
		form.put("seats[2].position", "Phó Chủ tịch UBND huyện");
		form.put("seats[2].agency", "UBND huyện");
		form.put("workingGroupIncluded", "true");
		form.put("workingGroupName", "Tổ giúp việc");
		form.put("workingGroupHost", "Phòng Văn hóa và Thông tin");
		form.put("workingGroupSeats[0].roleId", String.valueOf(roleId("TO_TRUONG")));
		form.put("workingGroupSeats[0].position", "Trưởng phòng Văn hóa và Thông tin");
		form.put("workingGroupSeats[1].roleId", String.valueOf(roleId("THANH_VIEN")));
		form.put("workingGroupSeats[1].fullName", "Lê Văn Cường");
		// Tests reuse units: a second committee for one is only a warning, confirmed here once for all.
		form.put("warningsConfirmed", "true");
		form.put("action", "save");
		return form;
	}

	MockHttpServletResponse submit(String path, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(CLERK).roles("CLERK")).with(csrf());
		form.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	/** A page as a clerk sees it, with HTML entities decoded (form fields encode accented letters). */
	String page(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(user(CLERK).roles("CLERK"));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return body(mvc.perform(request).andReturn().getResponse());
	}

	/** The decision id a successful submit redirected to. */
	static long savedDecision(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (response.getStatus() != 302 || location == null || !location.matches("/decisions/\\d+/saved")) {
			throw new AssertionError("expected a redirect to the saved decision, got " + response.getStatus() + " "
					+ location + "\n" + body(response));
		}
		return Long.parseLong(location.replaceAll("\\D", ""));
	}

	static String body(MockHttpServletResponse response) {
		try {
			return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long committeeOf(long decisionId) {
		return jdbc.sql("SELECT committee_id FROM decision WHERE id = :id").param("id", decisionId).query(Long.class).single();
	}

	/** The unit of the structure before 01/07/2025 with this code (codes are reused across the reform). */
	long unitId(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND valid_from IS NULL")
			.param("code", code).query(Long.class).single();
	}

	/** The unit of today's structure (from 01/07/2025) with this code. */
	long unitId2025(String code) {
		return jdbc.sql("SELECT id FROM administrative_unit WHERE code = :code AND valid_to IS NULL")
			.param("code", code).query(Long.class).single();
	}

	long roleId(String code) {
		return jdbc.sql("SELECT id FROM role WHERE code = :code").param("code", code).query(Long.class).single();
	}

	long committeeVersion(long committeeId) {
		return jdbc.sql("SELECT version FROM committee WHERE id = :id").param("id", committeeId).query(Long.class).single();
	}

	long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/** Serving seats of a committee as "ROLE|name|position", in roster order. */
	java.util.List<String> roster(long committeeId) {
		return jdbc.sql("""
				SELECT r.code || '|' || coalesce(s.full_name, '') || '|' || coalesce(s.position, '')
				FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND s.working_group_id IS NULL AND s.end_on IS NULL
				ORDER BY r.rank, s.sort_order, s.id""")
			.param("id", committeeId)
			.query(String.class)
			.list();
	}

}
