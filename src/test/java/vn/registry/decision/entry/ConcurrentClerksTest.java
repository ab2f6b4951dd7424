package vn.registry.decision.entry;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Two clerks change the same seat from the same version of the form, released together by a
 * barrier: exactly one decision is saved, the other clerk sees the conflict message with what they
 * typed, never a 500 or a 404, and only the winner's PDF reaches the decisions' files.
 */
class ConcurrentClerksTest extends DecisionEntryTestSupport {

	private static final String[] UNITS = { "030", "031", "032" };

	@Autowired
	DecisionFiles files;

	@Test
	void twoClerksChangingTheSameSeatTogetherGetOneSavedDecisionAndOneConflictMessage() throws Exception {
		ExecutorService clerks = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < UNITS.length; round++) {
				race(clerks, round);
			}
		}
		finally {
			clerks.shutdownNow();
		}
	}

	private void race(ExecutorService clerks, int round) throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new", establishment(UNITS[round],
				"70" + round + "/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện thử " + UNITS[round]))));
		List<Long> seats = seats(id);
		Map<String, String> first = change(id, seats, "71" + round + "/QĐ-UBND", "Người thứ nhất " + round);
		Map<String, String> second = change(id, seats, "72" + round + "/QĐ-UBND", "Người thứ hai " + round);
		CyclicBarrier together = new CyclicBarrier(2);

		Future<MockHttpServletResponse> a = clerks.submit(() -> send(id, first, together));
		Future<MockHttpServletResponse> b = clerks.submit(() -> send(id, second, together));
		MockHttpServletResponse[] answers = { a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS) };

		List<MockHttpServletResponse> saved = java.util.Arrays.stream(answers).filter(r -> r.getStatus() == 302).toList();
		List<MockHttpServletResponse> refused = java.util.Arrays.stream(answers).filter(r -> r.getStatus() == 200).toList();
		assertThat(saved).as("round %d: exactly one saved", round).hasSize(1);
		assertThat(refused).as("round %d: the other shown its form", round).hasSize(1);
		savedDecision(saved.get(0));
		boolean firstWon = count("decision WHERE number_symbol = '71" + round + "/QĐ-UBND'") == 1;
		Map<String, String> loser = firstWon ? second : first;
		String html = body(refused.get(0));
		assertThat(html).contains("vừa được người khác cập nhật", loser.get("seats[1].fullName"),
				loser.get("numberSymbol"));
		assertThat(count("decision WHERE number_symbol IN ('71" + round + "/QĐ-UBND', '72" + round + "/QĐ-UBND')"))
			.isEqualTo(1);
		assertThat(roster(id)).contains("PHO_TRUONG_BAN|" + (firstWon ? first : second).get("seats[1].fullName")
				+ "|Phó Chủ tịch UBND huyện");
		String loserToken = html.replaceAll("(?s).*name=\"pdfToken\" value=\"([^\"]+)\".*", "$1");
		assertThat(files.keptFiles()).as("the loser's PDF is not among the decisions' files")
			.doesNotContain(loserToken + ".pdf");
		assertThat(files.pendingFiles()).as("but held for the form it was shown again").contains(loserToken + ".pdf");
	}

	@Test
	void aDoubleClickSentTwiceAtOnceGoesTwiceToTheOneSavedDecision() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("035", "740/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Quang Bình (bấm đúp)"))));
		Map<String, String> form = change(id, seats(id), "741/QĐ-UBND", "Người bấm hai lần");
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService clicks = Executors.newFixedThreadPool(2);
		try {
			Future<MockHttpServletResponse> a = clicks.submit(() -> send(id, form, together));
			Future<MockHttpServletResponse> b = clicks.submit(() -> send(id, form, together));

			long first = savedDecision(a.get(60, TimeUnit.SECONDS));
			long second = savedDecision(b.get(60, TimeUnit.SECONDS));

			assertThat(second).as("both clicks lead to the saved decision").isEqualTo(first);
			assertThat(count("decision WHERE number_symbol = '741/QĐ-UBND'")).isEqualTo(1);
		}
		finally {
			clicks.shutdownNow();
		}
	}

	@Test
	void aNewHeadWhileTheCurrentOneStaysIsAFormMessageNotAServerError() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("033", "730/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Xín Mần"))));
		List<Long> seats = seats(id);
		Map<String, String> form = decision(id, "731/QĐ-UBND");
		// The current head's row is left out of the form (so kept as it is), and a new head is added.
		put(form, 0, seats.get(1), "PHO_TRUONG_BAN", "", "Phó Chủ tịch UBND huyện");
		put(form, 1, null, "TRUONG_BAN", "Trưởng ban mới", "Chủ tịch UBND huyện");

		MockHttpServletResponse response = submit("/committees/" + id + "/decisions/new", form);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(body(response)).contains("phải có đúng một Trưởng ban", "Trưởng ban mới", "731/QĐ-UBND");
		assertThat(count("decision WHERE number_symbol = '731/QĐ-UBND'")).isZero();
	}

	private MockHttpServletResponse send(long id, Map<String, String> form, CyclicBarrier together) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/committees/" + id + "/decisions/new")
			.file(new MockMultipartFile("pdf", "qd-" + form.get("numberSymbol").replace('/', '-') + ".pdf",
					"application/pdf", "%PDF-1.4\n% race\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		form.forEach(request::param);
		request.with(user(CLERK).roles("CLERK")).with(csrf());
		together.await(30, TimeUnit.SECONDS);
		return mvc.perform(request).andReturn().getResponse();
	}

	private List<Long> seats(long id) {
		return jdbc.sql("""
				SELECT s.id FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND s.working_group_id IS NULL ORDER BY r.rank, s.sort_order""")
			.param("id", id).query(Long.class).list();
	}

	/** Thay đổi thành viên: the Phó Trưởng ban replaced by a named person, the other rows as they are. */
	private Map<String, String> change(long id, List<Long> seats, String number, String name) {
		Map<String, String> form = decision(id, number);
		put(form, 0, seats.get(0), "TRUONG_BAN", "Trần Thị Bình", "Chủ tịch UBND huyện");
		put(form, 1, seats.get(1), "PHO_TRUONG_BAN", name, "Phó Chủ tịch UBND huyện");
		put(form, 2, seats.get(2), "UY_VIEN", "", "Trưởng phòng Nội vụ");
		return form;
	}

	private Map<String, String> decision(long id, String number) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "CHANGE_MEMBERS");
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(committeeVersion(id)));
		form.put("numberSymbol", number);
		form.put("signedOn", "02/02/2024");
		form.put("issuer", "UBND huyện thử nghiệm");
		form.put("signer", "Phạm Văn Dũng");
		form.put("summary", "Thay đổi thành viên");
		form.put("action", "save");
		return form;
	}

	private void put(Map<String, String> form, int row, Long seatId, String role, String name, String position) {
		String p = "seats[" + row + "].";
		if (seatId != null) {
			form.put(p + "seatId", String.valueOf(seatId));
		}
		form.put(p + "roleId", String.valueOf(roleId(role)));
		form.put(p + "fullName", name);
		form.put(p + "position", position);
		form.put(p + "agency", "");
	}

}
