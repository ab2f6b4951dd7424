package vn.registry.decision.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions after the 2025 reform, as a clerk enters them this week: units of the new structure,
 * Party-issued numbers, no decisions for units that had ceased, successor committees.
 */
class ReformDecisionsTest extends DecisionEntryTestSupport {

	private static final String BA_DINH_2025 = "00004";

	/** An establishment for a unit of today's structure by a Party committee, signed after the reform. */
	private Map<String, String> partyEstablishment(long unitId, String number, String name) {
		Map<String, String> form = establishment("001", number, name);
		form.put("unitId", String.valueOf(unitId));
		form.put("signedOn", "15/08/2025");
		form.put("issuer", "Đảng ủy " + name.substring(name.lastIndexOf("phường")));
		form.put("summary", "");
		form.put("signer", "");
		return form;
	}

	private Map<String, String> consolidation(long committeeId, String number, String signedOn) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "CONSOLIDATE");
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(committeeVersion(committeeId)));
		form.put("numberSymbol", number);
		form.put("signedOn", signedOn);
		form.put("issuer", "UBND huyện thử nghiệm");
		form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		form.put("seats[0].position", "Chủ tịch UBND huyện");
		form.put("action", "save");
		return form;
	}

	@Test
	void anEstablishmentForAUnitThatHadCeasedIsRefusedNamingTheDateAndTheSuccessor() throws Exception {
		long before = count("decision");
		Map<String, String> form = establishment("653", "501/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Krông Bông");
		form.put("signedOn", "15/08/2025");

		String html = body(submit("/decisions/new", form));

		assertThat(html).contains("id=\"unitQuery-error\"",
				"Huyện Krông Bông không còn từ 01/07/2025; địa bàn nay thuộc Tỉnh Đắk Lắk.");
		assertThat(count("decision")).isEqualTo(before);
	}

	@Test
	void aLaterDecisionForACommitteeWhoseUnitHadCeasedIsRefusedButHistoryBeforeTheReformIsNot() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("652", "502/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện M'Đrắk (thử nghiệm)"))));

		String refused = body(submit("/committees/" + id + "/decisions/new", consolidation(id, "503/QĐ-UBND", "01/09/2025")));
		long saved = savedDecision(submit("/committees/" + id + "/decisions/new", consolidation(id, "504/QĐ-UBND", "01/09/2023")));

		assertThat(refused).contains("id=\"signedOn-error\"",
				"Huyện M'Đrắk không còn từ 01/07/2025; địa bàn nay thuộc Tỉnh Đắk Lắk.");
		assertThat(committeeOf(saved)).isEqualTo(id);
	}

	@Test
	void anEstablishmentForAUnitOfTheNewStructureDatedBeforeItExistedIsRefused() throws Exception {
		Map<String, String> form = partyEstablishment(unitId2025(BA_DINH_2025), "41-QĐ/ĐU", "Ban Chỉ đạo phường Ba Đình");
		form.put("signedOn", "15/08/2024");

		assertThat(body(submit("/decisions/new", form))).contains("Phường Ba Đình chỉ có từ 01/07/2025.");
	}

	@Test
	void aPartyIssuedEstablishmentForACommuneOf2025ReplacesTheCommitteesOfTwoPredecessorCommunes() throws Exception {
		// Trúc Bạch (00004 before the reform) and Quán Thánh (00013) are among Phường Ba Đình's predecessors.
		long trucBach = committeeOf(savedDecision(submit("/decisions/new",
				establishment("00004", "505/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số phường Trúc Bạch"))));
		long quanThanh = committeeOf(savedDecision(submit("/decisions/new",
				establishment("00013", "506/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số phường Quán Thánh"))));
		long baDinh = unitId2025(BA_DINH_2025);
		Map<String, String> form = partyEstablishment(baDinh, "Số 45-QĐ/ĐU",
				"Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Ba Đình");
		form.put("effectiveOn", "20/08/2025");

		String offered = body(submit("/decisions/new", Map.of("type", "ESTABLISH", "unitId", String.valueOf(baDinh),
				"signedOn", "15/08/2025", "action", "find-replaced")));
		form.put("replacedCommitteeIds", trucBach + "," + quanThanh);
		long decision = savedDecision(submit("/decisions/new", form));
		long successor = committeeOf(decision);

		assertThat(offered).contains("value=\"" + trucBach + "\"", "value=\"" + quanThanh + "\"");
		assertThat(jdbc.sql("SELECT number_symbol FROM decision WHERE id = :id").param("id", decision).query(String.class)
			.single()).isEqualTo("45-QĐ/ĐU");
		for (long replaced : List.of(trucBach, quanThanh)) {
			assertThat(jdbc.sql("SELECT status || ' ' || ended_on FROM committee WHERE id = :id").param("id", replaced)
				.query(String.class).single()).isEqualTo("REPLACED 2025-08-20");
			assertThat(roster(replaced)).isEmpty();
			assertThat(page("/committees/" + replaced)).contains("Đã được thay thế", "href=\"/committees/" + successor + "\"");
		}
		assertThat(page("/committees/" + successor)).contains("Thay thế các Ban Chỉ đạo",
				"href=\"/committees/" + trucBach + "\"", "href=\"/committees/" + quanThanh + "\"");
		assertThat(page("/decisions/" + decision + "/saved")).contains("id=\"changes-replaced\"",
				"Ban Chỉ đạo chuyển đổi số phường Trúc Bạch");
	}

	@Test
	void aCommitteeAlreadyReplacedCannotBeReplacedAgain() throws Exception {
		long old = committeeOf(savedDecision(submit("/decisions/new",
				establishment("00016", "507/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số phường Ngọc Hà"))));
		Map<String, String> first = partyEstablishment(unitId2025("00008"), "46-QĐ/ĐU", "Ban Chỉ đạo phường Ngọc Hà");
		first.put("replacedCommitteeIds", String.valueOf(old));
		savedDecision(submit("/decisions/new", first));
		Map<String, String> second = partyEstablishment(unitId2025(BA_DINH_2025), "47-QĐ/ĐU", "Ban Chỉ đạo phường Ba Đình (2)");
		second.put("replacedCommitteeIds", String.valueOf(old));

		assertThat(body(submit("/decisions/new", second))).contains("id=\"replacedCommitteeIds-error\"",
				"Ban Chỉ đạo chuyển đổi số phường Ngọc Hà đã giải thể hoặc đã được thay thế trước đó.");
	}

	@Test
	void partyNumberingIsAcceptedWithOrWithoutSố() throws Exception {
		int n = 0;
		for (String number : List.of("05-QĐ/TW", "12-QĐ/ĐU", "123-QĐ/BCĐ", "Số 48-QĐ/TU")) {
			Map<String, String> form = partyEstablishment(unitId2025(List.of("00025", "00070", "00082", "00091").get(n)), number,
					"Ban Chỉ đạo phường thử nghiệm " + n++);
			savedDecision(submit("/decisions/new", form));
		}
		assertThat(jdbc.sql("SELECT number_symbol FROM decision WHERE number_symbol LIKE '48-%'").query(String.class).single())
			.isEqualTo("48-QĐ/TU");
	}

	@Test
	void theSameNumberOfTheSameIssuerIsADuplicateOnlyInTheSameYear() throws Exception {
		// The seed decision 4268/QĐ-UBND of UBND tỉnh Quảng Trị was signed in 2021: numbers restart each year.
		Map<String, String> in2023 = establishment("45", "4268/QĐ-UBND", "Ban Chỉ đạo thử nghiệm tỉnh Quảng Trị");
		in2023.put("issuer", "UBND tỉnh Quảng Trị");
		in2023.put("signedOn", "10/03/2023");
		savedDecision(submit("/decisions/new", in2023));
		Map<String, String> again = establishment("45", "4268/QĐ-UBND", "Ban Chỉ đạo thử nghiệm khác tỉnh Quảng Trị");
		again.put("issuer", "UBND TỈNH QUẢNG TRỊ");
		again.put("signedOn", "20/11/2023");

		MockHttpServletResponse response = submit("/decisions/new", again);

		assertThat(body(response)).contains("Cơ quan này đã có quyết định mang số, ký hiệu này ban hành năm 2023.");
	}

	@Test
	void thePickerOffersTheUnitsOfTheDecisionsDate() throws Exception {
		String after = body(submit("/decisions/new", Map.of("type", "ESTABLISH", "unitQuery", "ba dinh",
				"signedOn", "15/08/2025", "action", "find-unit")));
		String before = body(submit("/decisions/new", Map.of("type", "ESTABLISH", "unitQuery", "ba dinh",
				"signedOn", "15/08/2021", "action", "find-unit")));
		String today = body(submit("/decisions/new", Map.of("type", "ESTABLISH", "unitQuery", "noi bai", "action", "find-unit")));
		String special = body(submit("/decisions/new", Map.of("type", "ESTABLISH", "unitQuery", "dac khu phu quoc",
				"action", "find-unit")));
		String province = body(submit("/decisions/new", Map.of("type", "ESTABLISH", "unitQuery", "gia lai", "action", "find-unit")));

		assertThat(after).contains(">Phường Ba Đình, Thành phố Hà Nội</option>")
			.doesNotContain("Phường Ba Đình, Thành phố Thanh Hóa");
		assertThat(before).contains(">Phường Ba Đình, Thành phố Thanh Hóa, Tỉnh Thanh Hóa (đến 30/06/2025)</option>")
			.doesNotContain(">Phường Ba Đình, Thành phố Hà Nội</option>");
		assertThat(today).contains(">Xã Nội Bài, Thành phố Hà Nội</option>");
		assertThat(special).contains(">Đặc khu Phú Quốc, Tỉnh An Giang</option>");
		assertThat(province).containsPattern("<option value=\"\\d+\">Tỉnh Gia Lai</option>").doesNotContain("(đến 30/06/2025)");
	}

	@Test
	void aClerkRecordsASuccessorCommitteeLaterAndTheHistoryKeepsIt() throws Exception {
		long old = committeeOf(savedDecision(submit("/decisions/new",
				establishment("00112", "508/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số phường Thụy Khuê"))));
		long successor = committeeOf(savedDecision(submit("/decisions/new",
				partyEstablishment(unitId2025("00103"), "49-QĐ/ĐU", "Ban Chỉ đạo phường Tây Hồ"))));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(committeeVersion(old)));
		form.put("successorId", String.valueOf(successor));
		form.put("effectiveOn", "01/09/2025");
		form.put("action", "save");

		MockHttpServletResponse response = submit("/committees/" + old + "/successor", form);

		assertThat(response.getRedirectedUrl()).isEqualTo("/committees/" + old);
		assertThat(page("/committees/" + old)).contains("Đã được thay thế", "Ban Chỉ đạo phường Tây Hồ");
		assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE table_name = 'committee_succession' AND committee_id = :id")
			.param("id", old).query(Long.class).single()).isEqualTo(1);
	}

}
