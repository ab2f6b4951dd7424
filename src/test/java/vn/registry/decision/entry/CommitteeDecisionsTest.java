package vn.registry.decision.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each decision on an existing committee, end to end: the form, the roster after, the history. */
class CommitteeDecisionsTest extends DecisionEntryTestSupport {

	private long newCommittee(String unitCode, String number) throws Exception {
		return committeeOf(savedDecision(submit("/decisions/new",
				establishment(unitCode, number, "Ban Chỉ đạo chuyển đổi số " + unitCode))));
	}

	private Map<String, String> decision(long committeeId, String type, String number, String signedOn) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", type);
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(committeeVersion(committeeId)));
		form.put("numberSymbol", number);
		form.put("signedOn", signedOn);
		form.put("issuer", "UBND quận thử nghiệm");
		form.put("signer", "Phạm Văn Dũng");
		form.put("summary", "Quyết định " + type);
		form.put("action", "save");
		return form;
	}

	@Test
	void consolidationEndsTheCurrentSeatsAndStartsTheNewRosterKeepingTheOldOneAsOfEarlierDates() throws Exception {
		long id = newCommittee("007", "201/QĐ-UBND");
		assertThat(page("/committees/" + id + "/decisions/new?type=consolidate")).contains("Trần Thị Bình");
		Map<String, String> form = decision(id, "CONSOLIDATE", "202/QĐ-UBND", "01/06/2023");
		form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		form.put("seats[0].fullName", "Hoàng Văn Em");
		form.put("seats[0].position", "Chủ tịch UBND quận");
		form.put("seats[1].roleId", String.valueOf(roleId("PHO_TRUONG_BAN_THUONG_TRUC")));
		form.put("seats[1].position", "Phó Chủ tịch UBND quận");

		long decisionId = savedDecision(submit("/committees/" + id + "/decisions/new", form));

		assertThat(roster(id)).containsExactly("TRUONG_BAN|Hoàng Văn Em|Chủ tịch UBND quận",
				"PHO_TRUONG_BAN_THUONG_TRUC||Phó Chủ tịch UBND quận");
		assertThat(jdbc.sql("SELECT count(*) FROM seat WHERE ended_by_decision_id = :d AND end_on = DATE '2023-06-01'")
			.param("d", decisionId).query(Long.class).single()).isEqualTo(3);
		assertThat(page("/committees/" + id + "?on=2023-05-31")).contains("Trần Thị Bình").doesNotContain("Hoàng Văn Em");
		assertThat(page("/committees/" + id)).contains("Hoàng Văn Em").doesNotContain("Trần Thị Bình");
		assertThat(page("/decisions/" + decisionId + "/saved")).contains("id=\"changes-ended\"", "id=\"changes-added\"");
		assertThat(page("/committees/" + id + "/history")).contains("Hoàng Văn Em", "01/06/2023");
	}

	@Test
	void aChangeOfMembersEndsReplacesAndAddsSingleSeats() throws Exception {
		long id = newCommittee("008", "203/QĐ-UBND");
		String form = page("/committees/" + id + "/decisions/new?type=change_members");
		assertThat(form).contains("seats[0].remove");
		Map<String, String> change = decision(id, "CHANGE_MEMBERS", "204/QĐ-UBND", "02/02/2024");
		java.util.List<Long> seats = jdbc.sql("""
				SELECT s.id FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND s.working_group_id IS NULL ORDER BY r.rank, s.sort_order""")
			.param("id", id).query(Long.class).list();
		// Trưởng ban unchanged; Phó Trưởng ban replaced by a named person; Ủy viên removed; one new Ủy viên.
		put(change, 0, seats.get(0), "TRUONG_BAN", "Trần Thị Bình", "Chủ tịch UBND huyện", "");
		put(change, 1, seats.get(1), "PHO_TRUONG_BAN", "Đặng Thu Hà", "Phó Chủ tịch UBND huyện", "UBND huyện");
		put(change, 2, seats.get(2), "UY_VIEN", "", "Trưởng phòng Nội vụ", "");
		change.put("seats[2].remove", "true");
		put(change, 3, null, "UY_VIEN", "", "Trưởng phòng Tài chính", "");

		long decisionId = savedDecision(submit("/committees/" + id + "/decisions/new", change));

		assertThat(roster(id)).containsExactly("TRUONG_BAN|Trần Thị Bình|Chủ tịch UBND huyện",
				"PHO_TRUONG_BAN|Đặng Thu Hà|Phó Chủ tịch UBND huyện", "UY_VIEN||Trưởng phòng Tài chính");
		assertThat(page("/decisions/" + decisionId + "/saved")).contains("id=\"changes-changed\"", "Đặng Thu Hà",
				"id=\"changes-ended\"", "Trưởng phòng Nội vụ", "id=\"changes-added\"", "Trưởng phòng Tài chính");
	}

	private void put(Map<String, String> form, int row, Long seatId, String role, String name, String position,
			String agency) {
		String p = "seats[" + row + "].";
		if (seatId != null) {
			form.put(p + "seatId", String.valueOf(seatId));
		}
		form.put(p + "roleId", String.valueOf(roleId(role)));
		form.put(p + "fullName", name);
		form.put(p + "position", position);
		form.put(p + "agency", agency);
	}

	@Test
	void aRenameKeepsTheOldNameAsAFormerNameThatSearchStillFinds() throws Exception {
		long id = newCommittee("009", "205/QĐ-UBND");
		Map<String, String> form = decision(id, "RENAME", "206/QĐ-UBND", "03/03/2024");
		form.put("name", "Ban Chỉ đạo chuyển đổi số và đô thị thông minh quận Thanh Xuân");

		long decisionId = savedDecision(submit("/committees/" + id + "/decisions/new", form));

		assertThat(jdbc.sql("SELECT name FROM committee WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Ban Chỉ đạo chuyển đổi số và đô thị thông minh quận Thanh Xuân");
		assertThat(page("/committees/" + id)).contains("Ban Chỉ đạo chuyển đổi số 009");
		assertThat(page("/committees", "q", "chuyen doi so 009")).contains("href=\"/committees/" + id + "\"");
		assertThat(page("/decisions/" + decisionId + "/saved")).contains("<del>Ban Chỉ đạo chuyển đổi số 009</del>");
	}

	@Test
	void amendedTasksReplaceTheListAndShowBeforeAndAfter() throws Exception {
		long id = newCommittee("016", "207/QĐ-UBND");
		assertThat(page("/committees/" + id + "/decisions/new?type=amend_tasks")).contains("Đôn đốc, kiểm tra");
		Map<String, String> form = decision(id, "AMEND_TASKS", "208/QĐ-UBND", "04/04/2024");
		form.put("tasks[0]", "Tham mưu về chuyển đổi số");
		form.put("tasks[1]", "Chỉ đạo phát triển đô thị thông minh");

		long decisionId = savedDecision(submit("/committees/" + id + "/decisions/new", form));

		assertThat(jdbc.sql("SELECT text FROM committee_task WHERE committee_id = :id ORDER BY position")
			.param("id", id).query(String.class).list())
			.containsExactly("Tham mưu về chuyển đổi số", "Chỉ đạo phát triển đô thị thông minh");
		assertThat(page("/decisions/" + decisionId + "/saved")).contains("id=\"changes-tasks\"", "Đôn đốc, kiểm tra",
				"Chỉ đạo phát triển đô thị thông minh");
	}

	@Test
	void workingRulesAreAdopted() throws Exception {
		long id = newCommittee("017", "209/QĐ-UBND");
		Map<String, String> form = decision(id, "ADOPT_RULES", "210/QĐ-UBND", "05/05/2024");
		form.put("seals", "Trưởng ban sử dụng con dấu của UBND quận.");
		form.put("meetingCadence", "Họp hàng quý.");

		savedDecision(submit("/committees/" + id + "/decisions/new", form));

		assertThat(page("/committees/" + id)).contains("Trưởng ban sử dụng con dấu của UBND quận.", "Họp hàng quý.");
	}

	@Test
	void dissolutionEndsEverySeatAndNoFurtherDecisionCanBeEntered() throws Exception {
		long id = newCommittee("018", "211/QĐ-UBND");

		savedDecision(submit("/committees/" + id + "/decisions/new", decision(id, "DISSOLVE", "212/QĐ-UBND", "06/06/2024")));

		assertThat(jdbc.sql("SELECT status FROM committee WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("DISSOLVED");
		assertThat(jdbc.sql("SELECT count(*) FROM seat WHERE committee_id = :id AND end_on IS NULL")
			.param("id", id).query(Long.class).single()).isZero();
		assertThat(page("/committees/" + id + "/decisions/new?type=rename")).doesNotContain("name=\"numberSymbol\"")
			.contains("Ban Chỉ đạo này đã giải thể");
	}

}
