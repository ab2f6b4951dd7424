package vn.registry.decision.entry;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.registry.TestClock;
import vn.registry.system.Dates;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 23:30 UTC it is already 06:30 tomorrow in Vietnam: a decision a clerk signs "today" there is
 * saved, not refused as signed in the future, and its page says when it was entered, Vietnam time.
 */
class VietnamTodayDecisionTest extends DecisionEntryTestSupport {

	@Autowired
	private TestClock clock;

	@Test
	void aDecisionSignedTodayInVietnamIsSavedAtHalfPastElevenUtc() throws Exception {
		String today = Dates.format(clock.today());
		Map<String, String> form = establishment("00025", "313/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số phường Giảng Võ");
		form.put("signedOn", today);
		form.put("unitId", String.valueOf(unitId2025("00025"))); // a decision of today is for a unit of today

		long decision = savedDecision(submit("/decisions/new", form));

		assertThat(page("/decisions/" + decision)).contains(today + " 06:30");
	}

}
