package vn.registry.decision.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings entered by a clerk, with attendance from the roster in force that day and the tasks
 * they assign; progress reported on the tasks. (In the decision-entry database: it writes.)
 */
class MeetingEntryTest extends DecisionEntryTestSupport {

	@Test
	void aMeetingIsSavedWithItsAttendanceAndTasksAndShownOnItsPagesAndInTheHistory() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("030", "125/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Thanh Xuân"))));
		List<Long> seats = servingSeats(committeeId);
		String form = page("/committees/" + committeeId + "/meetings/new");
		assertThat(form).contains("Trần Thị Bình, Chủ tịch UBND huyện", "name=\"attendance[2].presence\"");

		Map<String, String> meeting = meeting(seats);
		MockHttpServletResponse saved = submit("/committees/" + committeeId + "/meetings/new", meeting);

		assertThat(saved.getStatus()).isEqualTo(302);
		String location = saved.getRedirectedUrl();
		assertThat(location).matches("/meetings/\\d+");
		String page = page(location);
		assertThat(page).contains("Phiên họp lần thứ nhất", "Trần Thị Bình, Chủ tịch UBND huyện", "12/TB-BCĐ",
				"Có mặt (2)", "Vắng mặt (1)", "Gửi ý kiến về dự thảo quy chế", "trong tuần này", "(suy ra từ văn bản)",
				"thứ 2 đầu mỗi tháng", "Phòng Văn hóa và Thông tin", "Chưa thực hiện");
		assertThat(page(location.replace("/meetings", "/api/meetings"))).contains("\"conclusionNumber\":\"12/TB-BCĐ\"",
				"\"recurrence\":\"MONTHLY_FIRST_MONDAY\"", "\"deadlineInferred\":true");
		assertThat(page("/committees/" + committeeId)).contains("href=\"" + location + "\"");
		assertThat(jdbc.sql("""
				SELECT table_name FROM change_log WHERE committee_id = :id AND changed_by = :user
				  AND table_name IN ('meeting', 'meeting_attendance', 'assigned_task') GROUP BY table_name ORDER BY 1""")
			.param("id", committeeId).param("user", CLERK).query(String.class).list())
			.containsExactly("assigned_task", "meeting", "meeting_attendance");
		assertThat(submit("/committees/" + committeeId + "/meetings/new", meeting).getRedirectedUrl()).isEqualTo(location);
	}

	@Test
	void progressReportsMoveATaskOnAndAreKeptInTheHistory() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("031", "126/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Hoàng Mai"))));
		String location = submit("/committees/" + committeeId + "/meetings/new", meeting(servingSeats(committeeId)))
			.getRedirectedUrl();
		List<Long> tasks = jdbc.sql("SELECT id FROM assigned_task WHERE committee_id = :id ORDER BY position")
			.param("id", committeeId).query(Long.class).list();

		assertThat(page("/tasks/" + tasks.get(0) + "/progress/new")).contains("Gửi ý kiến về dự thảo quy chế");
		MockHttpServletResponse first = submit("/tasks/" + tasks.get(0) + "/progress/new",
				Map.of("reportedOn", "22/12/2021", "note", "Đã nhận ý kiến của 10 sở", "status", "IN_PROGRESS"));
		submit("/tasks/" + tasks.get(1) + "/progress/new",
				Map.of("reportedOn", "23/12/2021", "note", "Đã ban hành kế hoạch", "status", "DONE"));

		assertThat(first.getRedirectedUrl()).isEqualTo(location + "#task-" + tasks.get(0));
		assertThat(jdbc.sql("SELECT status || '|' || coalesce(completed_on::text, '') FROM assigned_task WHERE id IN (:ids) ORDER BY position")
			.param("ids", tasks.subList(0, 2)).query(String.class).list()).containsExactly("IN_PROGRESS|", "DONE|2021-12-23");
		assertThat(page(location)).contains("Đã nhận ý kiến của 10 sở", "Đang thực hiện", "Hoàn thành");
		assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE committee_id = :id AND table_name = 'task_progress'")
			.param("id", committeeId).query(Long.class).single()).isEqualTo(2);
		// The first task was due within the week of 20/12/2021 and is not done: late; the second is done.
		assertThat(page("/follow-up", "committee", String.valueOf(committeeId), "state", "late"))
			.contains("1 nhiệm vụ", "Gửi ý kiến về dự thảo quy chế").doesNotContain("Xây dựng kế hoạch chuyển đổi số năm 2021");
	}

	@Test
	void aMeetingInTheFutureOrAMalformedNoticeNumberIsRefusedAtTheField() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("032", "127/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Long Biên mới"))));
		Map<String, String> meeting = meeting(servingSeats(committeeId));
		meeting.put("heldOn", "01/01/2999");
		meeting.put("conclusionNumber", "TB 12");
		long before = count("meeting");

		String page = body(submit("/committees/" + committeeId + "/meetings/new", meeting));

		assertThat(page).contains("Ngày họp không thể sau hôm nay.", "Số, ký hiệu có dạng 12/TB-BCĐ hoặc 05-TB/TU.",
				"Gửi ý kiến về dự thảo quy chế", "value=\"TB 12\"");
		assertThat(count("meeting")).isEqualTo(before);
	}

	@Test
	void partyNumberingIsAcceptedForTheNotice() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("033", "128/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Nam Từ Liêm"))));
		Map<String, String> meeting = meeting(servingSeats(committeeId));
		meeting.put("conclusionNumber", "05-TB/TU");

		assertThat(submit("/committees/" + committeeId + "/meetings/new", meeting).getStatus()).isEqualTo(302);
	}

	@Test
	void aCorrectionIsKeptInTheHistoryWithWhatTheMeetingSaidBefore() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("034", "129/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Bắc Quang"))));
		String location = submit("/committees/" + committeeId + "/meetings/new", meeting(servingSeats(committeeId)))
			.getRedirectedUrl();
		long meetingId = Long.parseLong(location.replaceAll("\\D", ""));
		Map<String, String> correction = new LinkedHashMap<>();
		correction.put("version", "0");
		correction.put("heldOn", "20/12/2021");
		correction.put("ordinal", "1");
		correction.put("title", "Phiên họp lần thứ nhất năm 2021");
		correction.put("conclusions", "Các thành viên gửi ý kiến trước ngày 24/12/2021.");
		correction.put("conclusionNumber", "12/TB-BCĐ");

		assertThat(page(location + "/edit")).contains("Các thành viên gửi ý kiến trong tuần này.");
		assertThat(submit(location + "/edit", correction).getRedirectedUrl()).isEqualTo(location);
		String stale = body(submit(location + "/edit", correction));

		assertThat(page(location)).contains("Phiên họp lần thứ nhất năm 2021", "trước ngày 24/12/2021");
		assertThat(stale).contains("Phiên họp vừa được người khác sửa.");
		assertThat(jdbc.sql("""
				SELECT before ->> 'conclusions' FROM change_log
				WHERE table_name = 'meeting' AND row_id = :id AND action = 'UPDATE' AND changed_by = :user""")
			.param("id", meetingId).param("user", CLERK).query(String.class).list())
			.containsExactly("Các thành viên gửi ý kiến trong tuần này.");
		assertThat(page("/committees/" + committeeId + "/history")).contains("Kết luận", "Cơ quan chủ trì",
				"Các thành viên gửi ý kiến trước ngày 24/12/2021.", "thành phần dự họp", "nhiệm vụ được giao");
	}

	@Test
	void theConclusionsPdfIsKeptThroughAnErrorAndServedWithTheMeeting() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("035", "130/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Quang Bình"))));
		Map<String, String> meeting = meeting(servingSeats(committeeId));
		meeting.put("conclusionNumber", "sai");
		byte[] pdf = "%PDF-1.4 thông báo kết luận".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/committees/" + committeeId + "/meetings/new")
			.file(new org.springframework.mock.web.MockMultipartFile("pdf", "thong-bao-12.pdf", "application/pdf", pdf));
		meeting.forEach(request::param);
		String withError = body(mvc.perform(request.with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user(CLERK).roles("CLERK"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse());
		assertThat(withError).contains("Đã nhận tệp thong-bao-12.pdf");
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"pdfToken\" value=\"([0-9a-f-]{36})\"").matcher(withError);
		assertThat(token.find()).isTrue();

		meeting.put("conclusionNumber", "12/TB-BCĐ");
		meeting.put("pdfToken", token.group(1));
		meeting.put("pdfName", "thong-bao-12.pdf");
		String location = submit("/committees/" + committeeId + "/meetings/new", meeting).getRedirectedUrl();

		assertThat(page(location)).contains("id=\"conclusions-pdf\"", "thong-bao-12.pdf");
		MockHttpServletResponse served = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get(location + "/conclusions.pdf")).andReturn().getResponse();
		assertThat(served.getContentType()).isEqualTo("application/pdf");
		assertThat(served.getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void aProgressReportMayAttachAPdf() throws Exception {
		long committeeId = committeeOf(savedDecision(submit("/decisions/new",
				establishment("040", "131/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Hà Quảng"))));
		String location = submit("/committees/" + committeeId + "/meetings/new", meeting(servingSeats(committeeId)))
			.getRedirectedUrl();
		long task = jdbc.sql("SELECT min(id) FROM assigned_task WHERE committee_id = :id").param("id", committeeId)
			.query(Long.class).single();
		byte[] pdf = "%PDF-1.4 báo cáo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/" + task + "/progress/new")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "bao-cao-thang-12.pdf", "application/pdf", pdf))
			.param("reportedOn", "22/12/2021").param("note", "Đã gửi báo cáo tháng").param("status", "IN_PROGRESS");

		mvc.perform(request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(CLERK).roles("CLERK")).with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();

		long progress = jdbc.sql("SELECT id FROM task_progress WHERE task_id = :id").param("id", task).query(Long.class).single();
		assertThat(page(location)).contains("href=\"/progress/" + progress + "/file.pdf\"", "bao-cao-thang-12.pdf");
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/progress/" + progress + "/file.pdf")).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
	}

	private List<Long> servingSeats(long committeeId) {
		return jdbc.sql("""
				SELECT s.id FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND s.working_group_id IS NULL ORDER BY r.rank, s.sort_order, s.id""")
			.param("id", committeeId).query(Long.class).list();
	}

	/** A first meeting on 20/12/2021: head chairs, two of three present, three tasks. */
	private static Map<String, String> meeting(List<Long> seats) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("heldOn", "20/12/2021");
		form.put("ordinal", "1");
		form.put("chairSeatId", String.valueOf(seats.get(0)));
		for (int i = 0; i < seats.size(); i++) {
			form.put("attendance[" + i + "].seatId", String.valueOf(seats.get(i)));
			form.put("attendance[" + i + "].presence", i < 2 ? "PRESENT" : "ABSENT");
		}
		form.put("agenda", "Cho ý kiến về quy chế hoạt động");
		form.put("conclusions", "Các thành viên gửi ý kiến trong tuần này.");
		form.put("conclusionNumber", "12/TB-BCĐ");
		form.put("conclusionSignedOn", "22/12/2021");
		task(form, 0, "Gửi ý kiến về dự thảo quy chế", "Các thành viên Ban Chỉ đạo", "trong tuần này", "");
		task(form, 1, "Xây dựng kế hoạch chuyển đổi số năm 2021", "Phòng Văn hóa và Thông tin", "", "31/12/2021");
		task(form, 2, "Báo cáo kết quả làm việc trong tháng", "Phòng Văn hóa và Thông tin", "thứ 2 đầu mỗi tháng", "");
		form.put("action", "save");
		return form;
	}

	private static void task(Map<String, String> form, int i, String text, String lead, String deadline, String on) {
		form.put("tasks[" + i + "].text", text);
		form.put("tasks[" + i + "].leadAgency", lead);
		form.put("tasks[" + i + "].deadlineText", deadline);
		form.put("tasks[" + i + "].deadlineOn", on);
	}

}
