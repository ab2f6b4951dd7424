package vn.registry.decision.entry;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allowed but unusual entries are shown once for the clerk to confirm: a decision before 2000, a
 * one-word name, a second active committee for the same unit, more members than declared.
 */
class PlausibilityWarningsTest extends DecisionEntryTestSupport {

	@Test
	void unusualEntriesAreShownOnceAndSavedWithTheWarningsWhenConfirmed() throws Exception {
		savedDecision(submit("/decisions/new", establishment("276", "701/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Thạch Thất")));
		Map<String, String> form = establishment("276", "702/QĐ-UBND", "Ban Chỉ đạo xây dựng chính quyền số huyện Thạch Thất");
		form.remove("warningsConfirmed");
		form.put("signedOn", "12/05/1998");
		form.put("seats[0].fullName", "Bình");
		form.put("declaredMemberCount", "2");
		long before = count("decision");

		String shown = body(submit("/decisions/new", form));
		form.put("warningsConfirmed", "true");
		long saved = savedDecision(submit("/decisions/new", form));

		assertThat(shown).contains("id=\"plausibility-warnings\"", "Quyết định ký ngày 12/05/1998, trước năm 2000.",
				"Họ và tên “Bình” chỉ có một từ.",
				"Đơn vị hành chính này đã có một Ban Chỉ đạo đang hoạt động: Ban Chỉ đạo chuyển đổi số huyện Thạch Thất.",
				"Danh sách có 3 thành viên, nhiều hơn 2 thành viên mà quyết định công bố.", "value=\"12/05/1998\"");
		assertThat(count("decision")).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT confirmed_warnings FROM decision WHERE id = :id").param("id", saved).query(String.class)
			.single()).contains("trước năm 2000", "chỉ có một từ");
		assertThat(page("/decisions/" + saved)).contains("id=\"confirmed-warnings\"");
	}

	@Test
	void signerAndSummaryMayBeLeftUnstated() throws Exception {
		Map<String, String> form = establishment("277", "703/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Chương Mỹ");
		form.put("signer", "");
		form.put("summary", "");

		long saved = savedDecision(submit("/decisions/new", form));

		assertThat(page("/decisions/" + saved)).contains("chưa rõ");
	}

}
