package vn.registry.browser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every page type, as the application serves it, passes the W3C Nu HTML checker with no error,
 * declares its language, and gives every form control a label: the visitor's pages, the clerk's
 * forms blank and with errors, the confirmation, the administrator's pages and the error pages.
 * No browser is needed for these.
 */
class HtmlValidityTest extends ServerTestSupport {

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");

	private static final Pattern LABEL_FOR = Pattern.compile("<label\\b[^>]*\\bfor=\"([^\"]+)\"");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");

	private static final Set<String> UNLABELLED_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

	private static final long QUANG_TRI = 3;

	private static final long THANH_HOA = 4;

	@TestFactory
	Stream<DynamicTest> visitorPages() {
		WebClient web = null; // a new visitor for each page: one page's ?lang= does not carry over
		List<DynamicTest> tests = new ArrayList<>();
		page(tests, web, "home", "/", "vi");
		page(tests, web, "home in English", "/?lang=en", "en");
		page(tests, web, "home after logout", "/?logout&lang=vi", "vi");
		page(tests, web, "committee list", "/committees", "vi");
		page(tests, web, "committee search", "/committees?q=quang%20tri", "vi");
		page(tests, web, "committee search without results", "/committees?q=khong-co-ban-nao", "vi");
		page(tests, web, "committee list filtered, in English", "/committees?level=province&lang=en", "en");
		for (long id : ids("SELECT id FROM committee WHERE id <= 6 ORDER BY id")) {
			page(tests, web, "committee " + id, "/committees/" + id + "?lang=vi", "vi");
		}
		page(tests, web, "committee in English", "/committees/6?lang=en", "en");
		page(tests, web, "committee roster as of a date", "/committees/" + QUANG_TRI + "?on=2021-06-01&lang=vi", "vi");
		page(tests, web, "committee history", "/committees/" + QUANG_TRI + "/history", "vi");
		page(tests, web, "committee roster as of a typed date", "/committees/" + THANH_HOA + "?on=01/01/2020", "vi");
		page(tests, web, "committee history past its last page", "/committees/" + THANH_HOA + "/history?page=2147483647",
				"vi");
		page(tests, web, "committee history in English", "/committees/" + THANH_HOA + "/history?lang=en", "en");
		page(tests, web, "decision list", "/decisions", "vi");
		page(tests, web, "decision list filtered", "/decisions?type=consolidate", "vi");
		page(tests, web, "decision list in English", "/decisions?lang=en", "en");
		for (long id : ids("SELECT id FROM decision WHERE created_by IS NULL ORDER BY id")) {
			page(tests, web, "decision " + id, "/decisions/" + id + "?lang=vi", "vi");
		}
		for (long id : ids("SELECT id FROM source ORDER BY id")) {
			page(tests, web, "source " + id, "/sources/" + id, "vi");
		}
		for (long id : ids("""
				SELECT id FROM administrative_unit WHERE (code = '652' AND valid_from IS NULL)
				    OR (code IN ('52', '00004') AND valid_to IS NULL) OR (code = '00019' AND valid_from IS NULL) ORDER BY id""")) {
			page(tests, web, "unit " + id, "/units/" + id, "vi");
		}
		page(tests, web, "reorganised committee as of a date before its establishment", "/committees/2?on=2021-01-01", "vi");
		page(tests, web, "committee list in the old structure", "/committees?structure=2024", "vi");
		page(tests, web, "people search", "/people?q=phan%20van%20mai", "vi");
		page(tests, web, "people search, blank", "/people?lang=en", "en");
		page(tests, web, "a person's seats", "/people/phan-van-mai", "vi");
		page(tests, web, "statistics", "/statistics", "vi");
		page(tests, web, "statistics by the 63 provinces, in English", "/statistics?provinces=63&lang=en", "en");
		page(tests, web, "national committee as of a date", "/committees/1?on=2021-12-31&lang=vi", "vi");
		page(tests, web, "meeting", "/meetings/2", "vi");
		page(tests, web, "meeting in English", "/meetings/1?lang=en", "en");
		page(tests, web, "follow-up of a committee", "/follow-up?committee=5&state=all", "vi");
		page(tests, web, "follow-up of an agency", "/follow-up?agency=so%20thong%20tin&state=all", "vi");
		page(tests, web, "follow-up by province", "/follow-up/provinces", "vi");
		page(tests, web, "login", "/login", "vi");
		page(tests, web, "login failed", "/login?error", "vi");
		page(tests, web, "login expired", "/login?expired", "vi");
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> errorPages() {
		WebClient web = null; // a new visitor for each page
		List<DynamicTest> tests = new ArrayList<>();
		page(tests, web, "unknown committee (404)", "/committees/999999", 404, "vi");
		page(tests, web, "unknown address (404)", "/khong-co-trang-nay", 404, "vi");
		page(tests, web, "unknown decision (404), in English", "/decisions/999999?lang=en", 404, "en");
		page(tests, web, "malformed address (400)", "/committees/abc", 400, "vi");
		tests.add(dynamicTest("refused page (403)", () -> {
			WebClient clerk = new WebClient(base());
			clerk.logIn(CLERK, CLERK_PASSWORD);
			valid("refused page (403)", "/admin/users", clerk.get("/admin/users"), 403, "vi");
		}));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> clerkPages() {
		WebClient web = new WebClient(base());
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(dynamicTest("log in as a clerk", () -> web.logIn(CLERK, CLERK_PASSWORD)));
		page(tests, web, "choose a decision", "/decisions/new", "vi");
		page(tests, web, "establishment form", "/decisions/new?type=establish", "vi");
		tests.add(dynamicTest("establishment form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/decisions/new?type=establish").body(), "/decisions/new");
			form.put("numberSymbol", "12-QĐ");
			form.put("signedOn", "31/02/2021");
			form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
			form.put("seats[0].position", "Chủ tịch UBND huyện");
			form.put("seats[1].roleId", String.valueOf(roleId("TRUONG_BAN")));
			form.put("seats[1].position", "Phó Chủ tịch UBND huyện");
			form.put("workingGroupIncluded", "true");
			form.put("action", "save");
			WebClient.Response response = web.post("/decisions/new", form);
			valid("establishment form with errors", "POST /decisions/new", response, 200, "vi");
			assertThat(response.body()).contains("is-invalid", "seats-error");
		}));
		tests.add(dynamicTest("establishment form offering units to choose", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/decisions/new?type=establish").body(), "/decisions/new");
			form.put("unitQuery", "Linh");
			form.put("action", "find-unit");
			WebClient.Response response = web.post("/decisions/new", form);
			valid("establishment form offering units to choose", "POST /decisions/new", response, 200, "vi");
			assertThat(response.body()).contains("id=\"unitChoice\"");
		}));
		tests.add(dynamicTest("establishment form after the reform, replacing and warning", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/decisions/new?type=establish").body(), "/decisions/new");
			form.put("numberSymbol", "45-QĐ/ĐU");
			form.put("signedOn", "15/08/2025");
			form.put("issuer", "Đảng ủy phường Ba Đình");
			form.put("name", "Ban Chỉ đạo phường Ba Đình");
			form.put("unitId", String.valueOf(ids("SELECT id FROM administrative_unit WHERE code = '00004' AND valid_to IS NULL").get(0)));
			form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
			form.put("seats[0].fullName", "Minh");
			form.put("replacesQuery", "chuyen doi so");
			form.put("action", "save");
			WebClient.Response response = web.post("/decisions/new", form);
			valid("establishment form after the reform, replacing and warning", "POST /decisions/new", response, 200, "vi");
			assertThat(response.body()).contains("id=\"plausibility-warnings\"", "name=\"replacedCommitteeIds\"");
		}));
		page(tests, web, "successor form", "/committees/2/successor", "vi");
		tests.add(dynamicTest("successor form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/committees/2/successor").body(), "/committees/2/successor");
			form.put("query", "quang tri");
			form.put("action", "save");
			WebClient.Response response = web.post("/committees/2/successor", form);
			valid("successor form with errors", "POST /committees/2/successor", response, 200, "vi");
			assertThat(response.body()).contains("successorId-error");
		}));
		page(tests, web, "meeting form", "/committees/5/meetings/new", "vi");
		tests.add(dynamicTest("meeting form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/committees/5/meetings/new").body(), "/committees/5/meetings/new");
			form.put("heldOn", "31/02/2021");
			form.put("conclusionNumber", "TB 12");
			form.put("tasks[0].leadAgency", "Sở Công Thương");
			form.put("action", "save");
			WebClient.Response response = web.post("/committees/5/meetings/new", form);
			valid("meeting form with errors", "POST /committees/5/meetings/new", response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		long firstDecision = ids("SELECT min(id) FROM decision").get(0);
		page(tests, web, "decision tasks form", "/decisions/" + firstDecision + "/tasks/new", "vi");
		tests.add(dynamicTest("decision tasks form with errors", () -> {
			String path = "/decisions/" + firstDecision + "/tasks/new";
			Map<String, String> form = WebClient.hiddenFields(web.get(path).body(), path);
			form.put("tasks[0].leadAgency", "Sở Công Thương");
			form.put("action", "save");
			WebClient.Response response = web.post(path, form);
			valid("decision tasks form with errors", "POST " + path, response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		long firstTask = ids("SELECT min(id) FROM assigned_task").get(0);
		page(tests, web, "task correction form", "/tasks/" + firstTask + "/edit", "vi");
		tests.add(dynamicTest("establishment form after a paste", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/decisions/new?type=establish").body(), "/decisions/new");
			form.put("seatsPaste", "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh - Trưởng ban\nBà Lý Thị Kim, Phó Giám đốc Sở Y tế - Thư ký\nI. TỔ GIÚP VIỆC");
			form.put("action", "paste:seats");
			WebClient.Response response = web.post("/decisions/new", form);
			valid("establishment form after a paste", "POST /decisions/new", response, 200, "vi");
			assertThat(response.body()).contains("seats-paste-review");
		}));
		long seededTask = ids("SELECT min(id) FROM assigned_task").get(0);
		page(tests, web, "meeting correction form", "/meetings/2/edit", "vi");
		page(tests, web, "progress report form", "/tasks/" + seededTask + "/progress/new", "vi");
		page(tests, web, "choose a decision on a committee", "/committees/" + THANH_HOA + "/decisions/new", "vi");
		for (String type : List.of("consolidate", "rename", "amend_tasks", "change_members", "adopt_rules", "dissolve")) {
			String path = "/committees/" + THANH_HOA + "/decisions/new";
			page(tests, web, type + " form", path + "?type=" + type, "vi");
			tests.add(dynamicTest(type + " form with errors", () -> {
				Map<String, String> form = WebClient.hiddenFields(web.get(path + "?type=" + type).body(), path);
				form.put("numberSymbol", "");
				form.put("action", "save");
				WebClient.Response response = web.post(path, form);
				valid(type + " form with errors", "POST " + path, response, 200, "vi");
				assertThat(response.body()).contains("is-invalid");
			}));
		}
		long seat = ids("SELECT id FROM seat WHERE committee_id = " + QUANG_TRI + " ORDER BY id").get(0);
		page(tests, web, "seat correction form", "/seats/" + seat + "/edit", "vi");
		tests.add(dynamicTest("seat correction form with errors", () -> {
			String path = "/seats/" + seat + "/edit";
			Map<String, String> form = WebClient.hiddenFields(web.get(path).body(), path);
			form.put("fullName", "");
			form.put("position", "");
			form.put("agency", "");
			WebClient.Response response = web.post(path, form);
			valid("seat correction form with errors", "POST " + path, response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		long decision = ids("SELECT id FROM decision WHERE number_symbol = '4268/QĐ-UBND'").get(0);
		page(tests, web, "decision correction form", "/decisions/" + decision + "/edit", "vi");
		tests.add(dynamicTest("decision correction form with errors", () -> {
			String path = "/decisions/" + decision + "/edit";
			Map<String, String> form = WebClient.hiddenFields(web.get(path).body(), path);
			form.put("numberSymbol", "4268-QĐ");
			form.put("signedOn", "32/13/2021");
			form.put("issuer", "");
			form.put("summary", "");
			WebClient.Response response = web.post(path, form);
			valid("decision correction form with errors", "POST " + path, response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		tests.add(dynamicTest("decision saved, and the new committee", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/decisions/new?type=establish").body(), "/decisions/new");
			form.putAll(establishment());
			WebClient.Response saved = web.post("/decisions/new", form);
			assertThat(saved.status()).as("saved: %s", saved.body()).isEqualTo(302);
			assertThat(saved.location()).matches(".*/decisions/\\d+/saved$");
			String path = saved.location().replaceFirst("^https?://[^/]+", "");
			valid("decision saved", path, web.get(path), 200, "vi");
			long committee = ids("SELECT committee_id FROM decision WHERE id = " + path.replaceAll("\\D", "")).get(0);
			valid("new committee with a working group", "/committees/" + committee, web.get("/committees/" + committee),
					200, "vi");
			valid("new committee's history", "/committees/" + committee + "/history",
					web.get("/committees/" + committee + "/history"), 200, "vi");
			valid("new committee's history, for the public", "/committees/" + committee + "/history",
					new WebClient(base()).get("/committees/" + committee + "/history"), 200, "vi");
			valid("new committee's decision, for the public", path.replace("/saved", ""),
					new WebClient(base()).get(path.replace("/saved", "")), 200, "vi");
		}));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> administratorPages() {
		WebClient web = new WebClient(base());
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(dynamicTest("log in as the administrator", () -> web.logIn(ADMIN, ADMIN_PASSWORD)));
		page(tests, web, "users", "/admin/users", "vi");
		page(tests, web, "users in English", "/admin/users?lang=en", "en");
		page(tests, web, "new clerk form", "/admin/users/new?lang=vi", "vi");
		tests.add(dynamicTest("new clerk form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/admin/users/new").body(), "/admin/users/new");
			form.put("username", "Tên Sai");
			form.put("displayName", "");
			form.put("password", "ngan");
			form.put("confirmPassword", "khac");
			WebClient.Response response = web.post("/admin/users/new", form);
			valid("new clerk form with errors", "POST /admin/users/new", response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		long clerk = ids("SELECT id FROM app_user WHERE username = '" + CLERK + "'").get(0);
		String passwordPath = "/admin/users/" + clerk + "/password";
		page(tests, web, "password reset form", passwordPath, "vi");
		tests.add(dynamicTest("password reset form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get(passwordPath).body(), passwordPath);
			form.put("password", "ngan");
			form.put("confirmPassword", "khac");
			WebClient.Response response = web.post(passwordPath, form);
			valid("password reset form with errors", "POST " + passwordPath, response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		page(tests, web, "roles", "/admin/roles", "vi");
		page(tests, web, "new role form", "/admin/roles/new", "vi");
		tests.add(dynamicTest("new role form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get("/admin/roles/new").body(), "/admin/roles/new");
			form.put("name", "");
			form.put("nameEn", "");
			form.put("rank", "-5");
			WebClient.Response response = web.post("/admin/roles/new", form);
			valid("new role form with errors", "POST /admin/roles/new", response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		long role = roleId("UY_VIEN");
		String rankPath = "/admin/roles/" + role + "/rank";
		page(tests, web, "role rank form", rankPath, "vi");
		tests.add(dynamicTest("role rank form with errors", () -> {
			Map<String, String> form = WebClient.hiddenFields(web.get(rankPath).body(), rankPath);
			form.put("rank", "khong-phai-so");
			WebClient.Response response = web.post(rankPath, form);
			valid("role rank form with errors", "POST " + rankPath, response, 200, "vi");
			assertThat(response.body()).contains("is-invalid");
		}));
		return tests.stream();
	}

	private void page(List<DynamicTest> tests, WebClient web, String name, String path, String lang) {
		page(tests, web, name, path, 200, lang);
	}

	private void page(List<DynamicTest> tests, WebClient web, String name, String path, int status, String lang) {
		tests.add(dynamicTest(name + " " + path,
				() -> valid(name, path, (web != null ? web : new WebClient(base())).get(path), status, lang)));
	}

	/** The page answered as expected, declares its language, labels its controls and has no HTML error. */
	private void valid(String name, String path, WebClient.Response response, int status, String lang) {
		assertThat(response.status()).as("%s answers %d; body: %s", path, status, response.body()).isEqualTo(status);
		assertThat(response.contentType()).as(path).startsWith("text/html");
		String html = response.body();
		assertThat(html).as("%s declares its language", path).containsPattern("<html[^>]*\\slang=\"" + lang + "\"");
		List<HtmlChecker.Message> messages = HtmlChecker.check(html);
		Report.html(name, path, messages);
		assertThat(HtmlChecker.errors(messages)).as("Nu HTML checker errors on %s (%s)", name, path).isEmpty();
		assertThat(unlabelledControls(html)).as("form controls without a label on %s (%s)", name, path).isEmpty();
	}

	/** Inputs (but hidden ones and buttons), selects and text areas with neither a label nor an ARIA name. */
	static List<String> unlabelledControls(String html) {
		Set<String> labelled = new HashSet<>();
		Matcher labels = LABEL_FOR.matcher(html);
		while (labels.find()) {
			labelled.add(labels.group(1));
		}
		List<String> unlabelled = new ArrayList<>();
		Matcher controls = CONTROL.matcher(html);
		while (controls.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(controls.group(2));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(2));
			}
			if ("input".equals(controls.group(1)) && UNLABELLED_TYPES.contains(attributes.getOrDefault("type", "text"))) {
				continue;
			}
			boolean named = attributes.containsKey("aria-label") || attributes.containsKey("aria-labelledby")
					|| (attributes.containsKey("id") && labelled.contains(attributes.get("id")));
			if (!named) {
				unlabelled.add(controls.group());
			}
		}
		return unlabelled;
	}

	private List<Long> ids(String sql) {
		return jdbc.sql(sql).query(Long.class).list();
	}

	/** A valid establishment of a committee for huyện Hải Lăng, with a roster and a working group. */
	private Map<String, String> establishment() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("numberSymbol", "128/QĐ-UBND");
		form.put("signedOn", "02/06/2023");
		form.put("issuer", "UBND tỉnh Quảng Trị");
		form.put("signer", "Võ Văn Hưng");
		form.put("summary", "Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện Hải Lăng");
		form.put("name", "Ban Chỉ đạo chuyển đổi số huyện Hải Lăng");
		form.put("unitId", String.valueOf(unitId("470")));
		form.put("tasks[0]", "Chỉ đạo chuyển đổi số");
		form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		form.put("seats[0].position", "Chủ tịch UBND huyện");
		form.put("seats[1].roleId", String.valueOf(roleId("UY_VIEN")));
		form.put("seats[1].position", "Trưởng phòng Nội vụ");
		form.put("workingGroupIncluded", "true");
		form.put("workingGroupName", "Tổ giúp việc");
		form.put("workingGroupSeats[0].roleId", String.valueOf(roleId("TO_TRUONG")));
		form.put("workingGroupSeats[0].position", "Trưởng phòng Văn hóa và Thông tin");
		form.put("action", "save");
		return form;
	}

}
