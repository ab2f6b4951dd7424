package vn.registry.decision.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry as of any date: a committee page with {@code ?on=} shows the name, status, declared
 * count, roster, working group, tasks and rules in force that day, written by the decisions.
 */
class AsOfDateTest extends DecisionEntryTestSupport {

	private Map<String, String> decision(long committeeId, String type, String number, String signedOn) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", type);
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(committeeVersion(committeeId)));
		form.put("numberSymbol", number);
		form.put("signedOn", signedOn);
		form.put("issuer", "UBND huyện thử nghiệm thời điểm");
		form.put("action", "save");
		return form;
	}

	private long establishedIn2021(String unitCode, String number, String name) throws Exception {
		Map<String, String> form = establishment(unitCode, number, name);
		form.put("declaredMemberCount", "15");
		return committeeOf(savedDecision(submit("/decisions/new", form)));
	}

	@Test
	void betweenDecisionsThePageShowsTheNameAndDeclaredCountOfThatTime() throws Exception {
		long id = establishedIn2021("272", "601/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Gia Lâm");
		Map<String, String> consolidation = decision(id, "CONSOLIDATE", "602/QĐ-UBND", "01/06/2023");
		consolidation.put("declaredMemberCount", "20");
		consolidation.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		consolidation.put("seats[0].fullName", "Vũ Văn Khang");
		consolidation.put("seats[0].position", "Chủ tịch UBND huyện");
		savedDecision(submit("/committees/" + id + "/decisions/new", consolidation));
		Map<String, String> rename = decision(id, "RENAME", "603/QĐ-UBND", "02/01/2024");
		rename.put("name", "Ban Chỉ đạo về chuyển đổi số huyện Gia Lâm");
		savedDecision(submit("/committees/" + id + "/decisions/new", rename));
		Map<String, String> tasks = decision(id, "AMEND_TASKS", "604/QĐ-UBND", "03/03/2024");
		tasks.put("tasks[0]", "Chỉ đạo xây dựng chính quyền số");
		savedDecision(submit("/committees/" + id + "/decisions/new", tasks));

		String in2022 = page("/committees/" + id, "on", "2022-06-01");
		String in2023 = page("/committees/" + id, "on", "2023-07-01");
		String in2024 = page("/committees/" + id, "on", "2024-06-01");

		assertThat(in2022).contains("<h1 class=\"h2\">Ban Chỉ đạo chuyển đổi số huyện Gia Lâm</h1>",
				"Quyết định công bố 15 thành viên.", "Trần Thị Bình", "Tham mưu về chuyển đổi số")
			.doesNotContain("Vũ Văn Khang", "Chỉ đạo xây dựng chính quyền số");
		assertThat(in2023).contains("<h1 class=\"h2\">Ban Chỉ đạo chuyển đổi số huyện Gia Lâm</h1>",
				"Quyết định công bố 20 thành viên.", "Vũ Văn Khang").doesNotContain("Trần Thị Bình");
		assertThat(in2024).contains("<h1 class=\"h2\">Ban Chỉ đạo về chuyển đổi số huyện Gia Lâm</h1>",
				"Chỉ đạo xây dựng chính quyền số").doesNotContain("Tham mưu về chuyển đổi số");
	}

	@Test
	void beforeItsEstablishmentTheCommitteeIsNotYetThere() throws Exception {
		long decision = savedDecision(submit("/decisions/new",
				establishment("273", "605/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Đông Anh")));
		long id = committeeOf(decision);

		String html = page("/committees/" + id, "on", "2021-01-01");

		assertThat(html).contains("Ban Chỉ đạo chưa thành lập vào ngày 01/01/2021.", "href=\"/decisions/" + decision + "\"",
				"Chưa thành lập vào ngày này").doesNotContain("Trần Thị Bình", "Đang hoạt động", "id=\"seat-counts\"",
				"seat-mismatch");
	}

	@Test
	void afterItsDissolutionThePageGivesTheDateAndTheDecision() throws Exception {
		long id = establishedIn2021("274", "606/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Sóc Sơn (thời điểm)");
		long dissolution = savedDecision(submit("/committees/" + id + "/decisions/new",
				decision(id, "DISSOLVE", "607/QĐ-UBND", "15/05/2024")));

		String after = page("/committees/" + id, "on", "2024-06-01");
		String before = page("/committees/" + id, "on", "2024-05-01");

		assertThat(after).contains("Đã giải thể", "15/05/2024", "href=\"/decisions/" + dissolution + "\"")
			.doesNotContain("Trần Thị Bình");
		assertThat(before).contains("Đang hoạt động", "Trần Thị Bình").doesNotContain("Đã giải thể");
	}

	@Test
	void aConsolidationReplacesTheWorkingGroupAndTheOldOneStaysVisibleAsOfEarlierDates() throws Exception {
		long id = establishedIn2021("275", "608/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Mê Linh");
		Map<String, String> form = decision(id, "CONSOLIDATE", "609/QĐ-UBND", "01/06/2023");
		form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		form.put("seats[0].position", "Chủ tịch UBND huyện");
		form.put("workingGroupChange", "REPLACE");
		form.put("workingGroupName", "Tổ công tác giúp việc mới");
		form.put("workingGroupSeats[0].roleId", String.valueOf(roleId("TO_TRUONG")));
		form.put("workingGroupSeats[0].fullName", "Đinh Thị Mai");
		form.put("workingGroupSeats[0].position", "Trưởng phòng Nội vụ");

		long saved = savedDecision(submit("/committees/" + id + "/decisions/new", form));

		assertThat(page("/committees/" + id)).contains("Tổ công tác giúp việc mới", "Đinh Thị Mai")
			.doesNotContain("Lê Văn Cường");
		assertThat(page("/committees/" + id, "on", "2022-01-01")).contains("Lê Văn Cường")
			.doesNotContain("Tổ công tác giúp việc mới");
		String confirmation = page("/decisions/" + saved + "/saved");
		assertThat(confirmation).contains("id=\"changes-group\"", "id=\"changes-group-added\"", "id=\"changes-group-ended\"");
		assertThat(confirmation.substring(confirmation.indexOf("id=\"changes-group\""))).contains("Đinh Thị Mai", "Lê Văn Cường");
		assertThat(confirmation.substring(confirmation.indexOf("id=\"changes-added\""), confirmation.indexOf("id=\"changes-group\"")))
			.doesNotContain("Đinh Thị Mai");
	}

	@Test
	void aChangeOfMembersCanEndTheWorkingGroup() throws Exception {
		long id = establishedIn2021("271", "610/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Ba Vì");
		String form = page("/committees/" + id + "/decisions/new?type=change_members");
		Map<String, String> change = decision(id, "CHANGE_MEMBERS", "611/QĐ-UBND", "01/02/2024");
		change.put("workingGroupChange", "END");
		java.util.List<Map<String, Object>> serving = jdbc.sql("""
				SELECT id, role_id, full_name, position, agency FROM seat WHERE committee_id = :id AND working_group_id IS NULL AND end_on IS NULL
				ORDER BY id""").param("id", id).query().listOfRows();
		for (int i = 0; i < serving.size(); i++) {
			change.put("seats[" + i + "].seatId", String.valueOf(serving.get(i).get("id")));
			change.put("seats[" + i + "].roleId", String.valueOf(serving.get(i).get("role_id")));
			for (String field : new String[] { "full_name", "position", "agency" }) {
				Object value = serving.get(i).get(field);
				change.put("seats[" + i + "]." + (field.equals("full_name") ? "fullName" : field), value == null ? "" : value.toString());
			}
		}

		savedDecision(submit("/committees/" + id + "/decisions/new", change));

		assertThat(form).contains("name=\"workingGroupChange\"", "Lê Văn Cường");
		assertThat(page("/committees/" + id)).doesNotContain("Lê Văn Cường", "id=\"wg-");
		assertThat(page("/committees/" + id, "on", "2023-01-01")).contains("Lê Văn Cường");
	}

}
