package vn.registry.decision.entry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Tasks a decision assigned, entered by a clerk, and corrections of a task's particulars. */
class DecisionTaskEntryTest extends DecisionEntryTestSupport {

	@Test
	void aDecisionsTasksAreSavedAndShownOnItsPageAndInTheFollowUp() throws Exception {
		long decisionId = savedDecision(submit("/decisions/new",
				establishment("280", "301/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện thử Một")));
		long committeeId = committeeOf(decisionId);
		assertThat(page("/decisions/" + decisionId)).contains("href=\"/decisions/" + decisionId + "/tasks/new\"");
		String form = page("/decisions/" + decisionId + "/tasks/new");
		assertThat(form).contains("name=\"tasks[0].text\"");
		assertThat(page("/decisions/" + decisionId + "/tasks/new")).doesNotContain("name=\"tasks[1].text\"");
		Map<String, String> added = Map.of("tasks[0].text", "Xây dựng kế hoạch", "action", "add:tasks");
		assertThat(body(submit("/decisions/" + decisionId + "/tasks/new", added)))
			.contains("name=\"tasks[1].text\"", "Xây dựng kế hoạch");

		MockHttpServletResponse saved = submit("/decisions/" + decisionId + "/tasks/new", tasks());

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/decisions/" + decisionId);
		assertThat(jdbc.sql("""
				SELECT position || '|' || committee_id || '|' || coalesce(meeting_id::text, '-') || '|' || created_by || '|'
				       || coalesce(deadline_on::text, '-') || '|' || coalesce(recurrence, '-')
				FROM assigned_task WHERE decision_id = :id ORDER BY position""")
			.param("id", decisionId).query(String.class).list())
			.containsExactly("1|" + committeeId + "|-|" + CLERK + "|2022-03-31|-",
					"2|" + committeeId + "|-|" + CLERK + "|-|QUARTERLY");
		assertThat(page("/decisions/" + decisionId)).contains("Xây dựng kế hoạch chuyển đổi số năm 2022",
				"Phòng Văn hóa và Thông tin", "Báo cáo tiến độ", "hàng quý");
		assertThat(page("/follow-up", "committee", String.valueOf(committeeId), "state", "all"))
			.contains("2 nhiệm vụ", "Xây dựng kế hoạch chuyển đổi số năm 2022", "Báo cáo tiến độ");
		assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE committee_id = :id AND table_name = 'assigned_task' AND changed_by = :user")
			.param("id", committeeId).param("user", CLERK).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anEmptyFormIsRefusedAtTheFieldAndARowWithoutTextKeepsWhatWasTyped() throws Exception {
		long decisionId = savedDecision(submit("/decisions/new",
				establishment("281", "302/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện thử Hai")));
		long before = count("assigned_task");

		String empty = body(submit("/decisions/" + decisionId + "/tasks/new", Map.of("tasks[0].text", "", "action", "save")));
		Map<String, String> withoutText = Map.of("tasks[0].leadAgency", "Sở Tài chính", "tasks[0].deadlineText",
				"trong tháng này", "action", "save");
		String missing = body(submit("/decisions/" + decisionId + "/tasks/new", withoutText));

		assertThat(empty).contains("id=\"tasks-0.text-error\"", "Cần nhập ít nhất một nhiệm vụ.");
		assertThat(missing).contains("id=\"tasks-0.text-error\"", "value=\"Sở Tài chính\"", "value=\"trong tháng này\"");
		assertThat(count("assigned_task")).isEqualTo(before);
	}

	@Test
	void aCorrectionOfATaskIsSavedAndKeptInTheHistory() throws Exception {
		long decisionId = savedDecision(submit("/decisions/new",
				establishment("282", "303/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện thử Ba")));
		long committeeId = committeeOf(decisionId);
		submit("/decisions/" + decisionId + "/tasks/new", tasks());
		long taskId = jdbc.sql("SELECT id FROM assigned_task WHERE decision_id = :id AND position = 1")
			.param("id", decisionId).query(Long.class).single();
		assertThat(page("/decisions/" + decisionId)).contains("href=\"/tasks/" + taskId + "/edit\"");
		assertThat(page("/tasks/" + taskId + "/edit")).contains("Xây dựng kế hoạch chuyển đổi số năm 2022",
				"name=\"version\" value=\"0\"");

		Map<String, String> correction = new LinkedHashMap<>();
		correction.put("version", "0");
		correction.put("text", "Xây dựng kế hoạch chuyển đổi số năm 2023");
		correction.put("leadAgency", "Phòng Văn hóa - Thông tin");
		correction.put("coordinatingAgencies", "");
		correction.put("deadlineText", "hàng quý");
		correction.put("deadlineOn", "");
		MockHttpServletResponse saved = submit("/tasks/" + taskId + "/edit", correction);
		String stale = body(submit("/tasks/" + taskId + "/edit", correction));

		assertThat(saved.getRedirectedUrl()).isEqualTo("/decisions/" + decisionId);
		assertThat(jdbc.sql("""
				SELECT text || '|' || lead_agency || '|' || coalesce(coordinating_agencies, '-') || '|'
				       || coalesce(deadline_on::text, '-') || '|' || coalesce(recurrence, '-') || '|' || version
				FROM assigned_task WHERE id = :id""").param("id", taskId).query(String.class).single())
			.isEqualTo("Xây dựng kế hoạch chuyển đổi số năm 2023|Phòng Văn hóa - Thông tin|-|-|QUARTERLY|1");
		assertThat(stale).contains("vừa được người khác sửa", "Xây dựng kế hoạch chuyển đổi số năm 2023</textarea>");
		assertThat(page("/committees/" + committeeId + "/history")).contains("Xây dựng kế hoạch chuyển đổi số năm 2023",
				"Xây dựng kế hoạch chuyển đổi số năm 2022");
	}

	@Test
	void anonymousUsersAreSentToTheLoginForBothForms() throws Exception {
		long taskId = jdbc.sql("SELECT min(id) FROM assigned_task").query(Long.class).single();
		long decisionId = jdbc.sql("SELECT min(id) FROM decision").query(Long.class).single();
		for (String path : new String[] { "/decisions/" + decisionId + "/tasks/new", "/tasks/" + taskId + "/edit" }) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	private static Map<String, String> tasks() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("tasks[0].text", "Xây dựng kế hoạch chuyển đổi số năm 2022");
		form.put("tasks[0].leadAgency", "Phòng Văn hóa và Thông tin");
		form.put("tasks[0].coordinatingAgencies", "Phòng Tài chính - Kế hoạch");
		form.put("tasks[0].deadlineText", "trước ngày 31/3/2022");
		form.put("tasks[1].text", "Báo cáo tiến độ");
		form.put("tasks[1].leadAgency", "Phòng Nội vụ");
		form.put("tasks[1].deadlineText", "hàng quý");
		form.put("tasks[2].text", "");
		form.put("action", "save");
		return form;
	}

}
