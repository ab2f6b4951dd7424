package vn.registry.committee;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster on a committee's page: role order, then decision order; counts shown as they are. */
class CommitteeRosterPageTest extends RegistryTestSupport {

	@Test
	void listsBinhDinhsRosterByRoleThenInTheDecisionsOrder() throws Exception {
		String roster = Html.section(page("/committees/6"), "roster");
		List<String> positions = jdbc.sql("""
				SELECT s.position FROM seat s WHERE s.committee_id = 6 AND s.working_group_id IS NULL
				ORDER BY s.sort_order""").query(String.class).list();

		assertThat(Html.dataRoles(roster)).containsExactlyElementsOf(expectedBinhDinhRoles());
		assertThat(positions).hasSize(19);
		assertThat(inPageOrder(roster, positions)).as("Ủy viên follow the decision's order").isTrue();
	}

	@Test
	void theJsonSeatsFollowTheSameOrder() throws Exception {
		List<String> roles = json("/api/committees/6").read("$.seats[*].roleCode", List.class);
		List<String> positions = json("/api/committees/6").read("$.seats[*].position", List.class);

		assertThat(roles).containsExactlyElementsOf(expectedBinhDinhRoles());
		assertThat(positions).startsWith("Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực CNTT",
				"Giám đốc Sở Thông tin và Truyền thông", "Giám đốc Công an tỉnh", "Chánh Văn phòng UBND tỉnh",
				"Giám đốc Sở Nội vụ")
			.endsWith("Giám đốc VNPT Bình Định", "Giám đốc Viettel Bình Định", "Giám đốc FPT Telecom Bình Định");
	}

	@Test
	@Transactional
	void aRolesRankComesBeforeTheDecisionsOrder() throws Exception {
		// The head moved to the end of the decision's order, and two Ủy viên swapped: the head still comes
		// first, and the Ủy viên follow the new order (which also shows the page sees this transaction).
		assertThat(jdbc.sql("""
				UPDATE seat SET sort_order = 100 WHERE committee_id = 6
				AND role_id = (SELECT id FROM role WHERE code = 'TRUONG_BAN')""").update()).isEqualTo(1);
		assertThat(jdbc.sql("""
				UPDATE seat SET sort_order = CASE sort_order WHEN 4 THEN 19 ELSE 4 END
				WHERE committee_id = 6 AND sort_order IN (4, 19)""").update()).isEqualTo(2);

		String roster = Html.section(page("/committees/6"), "roster");

		assertThat(Html.dataRoles(roster)).containsExactlyElementsOf(expectedBinhDinhRoles());
		assertThat(roster).containsSubsequence("<td>Chủ tịch UBND tỉnh</td>", "<td>Giám đốc FPT Telecom Bình Định</td>",
				"<td>Chánh Văn phòng UBND tỉnh</td>", "<td>Giám đốc Công an tỉnh</td>");
	}

	@Test
	void thanhHoaShowsItsSixteenSeatsAndTheMismatchWithTheThirteenDeclared() throws Exception {
		String roster = Html.section(page("/committees/4"), "roster");

		assertThat(Html.dataRoles(roster)).hasSize(16);
		assertThat(roster).contains("Đã nêu 16 thành viên.", "Quyết định công bố 13 thành viên.", "seat-mismatch",
				"Lưu ý: nguồn nêu 16 thành viên, khác với 13 thành viên mà quyết định công bố.");
	}

	@Test
	void theMismatchNoteIsInEnglishToo() throws Exception {
		assertThat(Html.section(page("/committees/4", "lang", "en"), "roster"))
			.contains("Note: the sources give 16 members, not the 13 the decision declares.");
	}

	@Test
	void binhDinhShowsNoMismatchForNineteenListedAndNineteenDeclared() throws Exception {
		String roster = Html.section(page("/committees/6"), "roster");

		assertThat(roster).contains("Đã nêu 19 thành viên.", "Quyết định công bố 19 thành viên.")
			.doesNotContain("seat-mismatch", "Lưu ý:");
	}

	@Test
	void quangTriCountsItsSeventeenUnlistedMembersWithoutRows() throws Exception {
		String roster = Html.section(page("/committees/3"), "roster");

		assertThat(Html.dataRoles(roster)).containsExactly("TRUONG_BAN", "PHO_TRUONG_BAN_THUONG_TRUC", "PHO_TRUONG_BAN");
		assertThat(roster).contains("Đã nêu 3 thành viên.", "Ngoài ra có 17 thành viên không được liệt kê",
				"Tổng số thành viên theo quyết định: chưa rõ.")
			.doesNotContain("seat-mismatch");
	}

	@Test
	void showsThatANameIsNotStated() throws Exception {
		String roster = Html.section(page("/committees/3"), "roster");

		assertThat(roster).contains("title=\"Nguồn không nêu họ tên\"").doesNotContain("null");
	}

	@Test
	void rolesAreNamedInTheLanguageOfThePage() throws Exception {
		assertThat(Html.section(page("/committees/6"), "roster")).contains("<td>Trưởng ban</td>",
				"<td>Phó Trưởng ban Thường trực</td>", "<td>Ủy viên</td>");
		assertThat(Html.section(page("/committees/6", "lang", "en"), "roster")).contains("<td>Head</td>",
				"<td>Standing Deputy Head</td>", "<td>Member</td>");
	}

	@Test
	void thanhHoasWorkingGroupListsItsLeaderThenItsDeputiesThenItsMembers() throws Exception {
		String html = page("/committees/4");
		String group = Html.element(html, "class=\"mt-4 working-group\"", "section");
		List<String> roles = Html.dataRoles(group);

		assertThat(group).contains("Tổ công tác giúp việc Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa",
				"Sở Thông tin và Truyền thông", "Đã nêu 20 thành viên.");
		assertThat(roles).hasSize(20).startsWith("TO_TRUONG", "TO_PHO", "TO_PHO", "TO_PHO");
		assertThat(roles.subList(4, 20)).containsOnly("THANH_VIEN");
	}

	@Test
	void mdraksWorkingGroupShowsItsLeaderAndTheThirtyFiveDeclared() throws Exception {
		String group = Html.element(page("/committees/2"), "class=\"mt-4 working-group\"", "section");

		assertThat(group).contains("Nguyễn Tiến Ninh", "35", "Đã nêu 1 thành viên.");
		assertThat(Html.dataRoles(group)).containsExactly("TO_TRUONG");
	}

	private static List<String> expectedBinhDinhRoles() {
		List<String> roles = new ArrayList<>(List.of("TRUONG_BAN", "PHO_TRUONG_BAN_THUONG_TRUC", "PHO_TRUONG_BAN"));
		roles.addAll(Collections.nCopies(16, "UY_VIEN"));
		return roles;
	}

	private static boolean inPageOrder(String html, List<String> texts) {
		int from = 0;
		for (String text : texts) {
			int at = html.indexOf("<td>" + text + "</td>", from);
			if (at < 0) {
				return false;
			}
			from = at + 1;
		}
		return true;
	}

}
