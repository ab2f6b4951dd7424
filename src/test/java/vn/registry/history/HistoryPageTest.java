package vn.registry.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The history page of a committee with 40 changes in three decisions, read as the public and as a
 * clerk: sentences and labels, no column names, codes or ISO timestamps, 20 changes a page.
 */
@Transactional
class HistoryPageTest extends RegistryTestSupport {

	private static final List<String> COLUMN_NAMES = List.of("ended_by_decision_id", "appointed_by_decision_id",
			"sort_order", "created_at", "signed_year_inferred", "role_id", "full_name", "committee_id", "number_symbol",
			"start_on", "end_on");

	private static final List<String> CODES = List.of("ESTABLISH", "CHANGE_MEMBERS", "ACTIVE", "DISSOLVED", "INSERT",
			"UPDATE", "UY_VIEN", ">true<", ">false<");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\")");

	private long committee;

	private long establishment;

	private long change;

	@BeforeEach
	void aCommitteeWithFortyChanges() {
		jdbc.sql("SELECT set_config('registry.user', 'chuyen.vien.lich.su', true)").query(String.class).single();
		committee = jdbc.sql("""
				INSERT INTO committee (name, unit_id, declared_member_count)
				VALUES ('Ban Chỉ đạo kiểm thử lịch sử', (SELECT id FROM administrative_unit WHERE code = '45'), 30)
				RETURNING id""").query(Long.class).single();
		establishment = decision("ESTABLISH", "901/QĐ-UBND", "2023-03-15");
		for (int i = 1; i <= 30; i++) {
			jdbc.sql("""
					INSERT INTO seat (committee_id, role_id, full_name, position, agency, sort_order,
					                  appointed_by_decision_id, start_on)
					VALUES (:committee, (SELECT id FROM role WHERE code = :role), :name, 'Giám đốc Sở', 'Sở Nội vụ',
					        :order, :decision, DATE '2023-03-15')""")
				.param("committee", committee)
				.param("role", i == 1 ? "TRUONG_BAN" : "UY_VIEN")
				.param("name", "Người Thứ " + i)
				.param("order", i)
				.param("decision", establishment)
				.update();
		}
		stamp("2023-03-16T02:00:00Z");
		change = decision("CHANGE_MEMBERS", "902/QĐ-UBND", "2024-05-20");
		jdbc.sql("""
				UPDATE seat SET end_on = DATE '2024-05-20', ended_by_decision_id = :decision
				WHERE committee_id = :committee AND sort_order BETWEEN 2 AND 6""")
			.param("decision", change)
			.param("committee", committee)
			.update();
		stamp("2024-05-21T23:30:00Z");
		long dissolution = decision("DISSOLVE", null, "2025-01-10");
		jdbc.sql("UPDATE committee SET status = 'DISSOLVED' WHERE id = :id").param("id", committee).update();
		stamp("2025-01-11T03:00:00Z");
		assertThat(dissolution).isPositive();
	}

	private long decision(String type, String number, String signedOn) {
		return jdbc.sql("""
				INSERT INTO decision (committee_id, type, number_symbol, signed_on, issuer, summary)
				VALUES (:committee, :type, :number, CAST(:signed AS date), 'UBND tỉnh Quảng Trị', 'Kiểm thử lịch sử')
				RETURNING id""")
			.param("committee", committee)
			.param("type", type)
			.param("number", number)
			.param("signed", signedOn)
			.query(Long.class)
			.single();
	}

	/** Gives the changes written so far (and not yet stamped) the time of one transaction. */
	private void stamp(String at) {
		jdbc.sql("""
				UPDATE change_log SET changed_at = CAST(:at AS timestamptz)
				WHERE committee_id = :committee AND changed_at > now() - interval '1 day'""")
			.param("at", at)
			.param("committee", committee)
			.update();
	}

	private String history(String... parameters) throws Exception {
		return page("/committees/" + committee + "/history", parameters);
	}

	private String main(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	@Test
	void tellsEveryChangeInWordsWithoutColumnNamesCodesOrIsoTimestamps() throws Exception {
		for (String page : List.of("1", "2")) {
			String html = main(history("page", page));
			assertThat(html).as("page %s", page).doesNotContain(COLUMN_NAMES).doesNotContain(CODES);
			assertThat(ISO_DATE.matcher(html.replaceAll("datetime=\"[^\"]*\"", "")).find()).as("an ISO date on page %s",
					page).isFalse();
		}
	}

	@Test
	void newestFirstGroupedByDecisionWithDatesRolesAndDecisionNumbersInWords() throws Exception {
		String first = main(history());

		assertThat(first.indexOf("11/01/2025 10:00")).as("the dissolution, 03:00 UTC = 10:00 in Vietnam, comes first")
			.isPositive()
			.isLessThan(first.indexOf("22/05/2024 06:30"));
		assertThat(first).contains("Đã giải thể", "Đang hoạt động", "Giải thể", "Số chưa rõ");
		assertThat(first).contains("Thành viên Người Thứ 2 (Ủy viên) thôi tham gia", "20/05/2024",
				"href=\"/decisions/" + change + "\">902/QĐ-UBND</a>");
		assertThat(first).as("within one decision, in the order it was entered").contains(
				"Ghi nhận quyết định 901/QĐ-UBND", "Thành lập", "Thêm thành viên Người Thứ 1 (Trưởng ban)", "15/03/2023");
		String last = main(history("page", "2"));
		assertThat(last).as("the establishment goes on on the next page, under its decision")
			.contains("Thêm thành viên Người Thứ 30 (Ủy viên)", "href=\"/decisions/" + establishment + "\">901/QĐ-UBND</a>");
	}

	@Test
	void twentyChangesAPage() throws Exception {
		assertThat(occurrences(main(history()), "class=\"history-change")).isEqualTo(20);
		assertThat(occurrences(main(history("page", "2")), "class=\"history-change")).isEqualTo(20);
		assertThat(occurrences(main(history("page", "3")), "class=\"history-change")).isZero();
		assertThat(history()).contains("Trang 1 / 2");
	}

	@Test
	void aPageFarPastTheEndIsAnEmptyPageNotAnError() throws Exception {
		assertThat(history("page", String.valueOf(Integer.MAX_VALUE))).contains("Trang 2.147.483.647 / 2");
		assertThat(history("page", "-5")).contains("Trang 1 / 2");
	}

	@Test
	void thePublicSeesTheChangeAndItsDecisionButNotWhoTypedIt() throws Exception {
		String anonymous = history();
		assertThat(anonymous).contains("902/QĐ-UBND").doesNotContain("chuyen.vien.lich.su");

		String clerk = mvc.perform(MockMvcRequestBuilders.get("/committees/" + committee + "/history")
			.accept(MediaType.TEXT_HTML)
			.with(user("clerk").roles("CLERK"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(clerk).contains("người nhập: chuyen.vien.lich.su");
	}

	@Test
	void readsInEnglishToo() throws Exception {
		String english = main(history("lang", "en"));
		assertThat(english).contains("Member Người Thứ 2 (Member) left", "Under decision", "Dissolved")
			.doesNotContain(CODES);
	}

	@Test
	void theSeededHistoryHasNoColumnNamesEither() throws Exception {
		for (long id = 1; id <= 6; id++) {
			String html = main(page("/committees/" + id + "/history"));
			assertThat(html).as("committee %s", id).doesNotContain(COLUMN_NAMES).doesNotContain(CODES);
			assertThat(Html.decisionLinks(html)).as("committee %s", id).isNotNull();
		}
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
