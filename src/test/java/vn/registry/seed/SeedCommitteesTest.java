package vn.registry.seed;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The six seeded committees: names, places in the hierarchy, former names, tasks, meetings (SPEC.md). */
class SeedCommitteesTest extends RegistryTestSupport {

	@Test
	void seedsExactlyTheSixCommitteesUnderTheirOfficialNames() {
		List<String> names = jdbc.sql("SELECT name FROM committee ORDER BY id").query(String.class).list();

		assertThat(names).containsExactly("Ủy ban Quốc gia về Chuyển đổi số",
				"Ban Chỉ đạo về chuyển đổi số huyện M’Drắk", "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị",
				"Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa", "Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre",
				"Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định");
	}

	@ParameterizedTest(name = "committee {0} is {2} level in unit {1}")
	@CsvSource({ "1, VN, NATIONAL, ''", "2, 652, DISTRICT, 66", "3, 45, PROVINCE, ''", "4, 38, PROVINCE, ''",
			"5, 83, PROVINCE, ''", "6, 52, PROVINCE, ''" })
	void belongsToItsLevelAndLocality(long id, String unitCode, String level, String provinceCode) throws Exception {
		DocumentContext committee = json("/api/committees/" + id);

		assertThat(committee.read("$.unit.code", String.class)).isEqualTo(unitCode);
		assertThat(committee.read("$.unit.level", String.class)).isEqualTo(level);
		if (provinceCode.isEmpty()) {
			assertThat(committee.read("$.province", Object.class)).as("a province is its own province").isNull();
		}
		else {
			assertThat(committee.read("$.province.code", String.class)).isEqualTo(provinceCode);
		}
	}

	@Test
	void mdrakBelongsToHuyenMdrakInDakLak() throws Exception {
		DocumentContext mdrak = json("/api/committees/2");

		assertThat(mdrak.read("$.unit.fullName", String.class)).isEqualTo("Huyện M'Đrắk");
		assertThat(mdrak.read("$.province.fullName", String.class)).isEqualTo("Tỉnh Đắk Lắk");
	}

	@Test
	void provincialCommitteesHangUnderTheNationalCommittee() {
		List<Long> children = jdbc.sql("SELECT id FROM committee WHERE parent_id = 1 ORDER BY id").query(Long.class).list();

		assertThat(children).containsExactly(3L, 4L, 5L, 6L);
	}

	@Test
	void everySeededCommitteeIsActive() {
		assertThat(jdbc.sql("SELECT DISTINCT status FROM committee").query(String.class).list()).containsExactly("ACTIVE");
	}

	@Test
	void thanhHoaWasRenamedFromItsEGovernmentCommitteeByDecision4347() throws Exception {
		DocumentContext thanhHoa = json("/api/committees/4");

		assertThat(thanhHoa.read("$.formerNames[*].name", List.class))
			.containsExactly("Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa");
		assertThat(thanhHoa.read("$.formerNames[0].decisionId", Long.class)).isEqualTo(5L);
	}

	@Test
	void theNationalCommitteeWasFormerlyTheEGovernmentCommittee() {
		assertThat(formerNames(1)).containsExactly("Ủy ban Quốc gia về Chính phủ điện tử");
	}

	@Test
	void thanhHoaStatesItsFiveTasksInOrder() {
		List<Map<String, Object>> tasks = jdbc.sql("SELECT position, text FROM committee_task WHERE committee_id = 4 ORDER BY position")
			.query()
			.listOfRows();

		assertThat(tasks).extracting(task -> task.get("position")).containsExactly(1, 2, 3, 4, 5);
		assertThat((String) tasks.get(0).get("text")).startsWith("Nghiên cứu, đề xuất với UBND tỉnh");
		assertThat((String) tasks.get(1).get("text")).startsWith("Giúp UBND tỉnh, Chủ tịch UBND tỉnh:")
			.contains("- Chỉ đạo các sở, ban, ngành", "- Điều phối, đôn đốc", "- Sơ kết, đánh giá");
		assertThat((String) tasks.get(2).get("text"))
			.isEqualTo("Đảm nhiệm chức năng Ban Chỉ đạo ứng cứu khẩn cấp sự cố an toàn thông tin mạng trên địa bàn tỉnh.");
		assertThat((String) tasks.get(3).get("text"))
			.isEqualTo("Thực hiện các nhiệm vụ khác theo yêu cầu của UBND tỉnh, Chủ tịch UBND tỉnh giao.");
		assertThat((String) tasks.get(4).get("text")).isEqualTo("Làm đầu mối liên hệ với Ủy ban Quốc gia về Chuyển đổi số.");
	}

	@Test
	void thanhHoaStatesItsStandingAgencySealsPartTimeWorkAndFunding() {
		Map<String, Object> thanhHoa = jdbc.sql("SELECT standing_agency, seals, part_time_work, funding FROM committee WHERE id = 4")
			.query()
			.singleRow();

		assertThat(thanhHoa).containsEntry("standing_agency", "Sở Thông tin và Truyền thông");
		assertThat((String) thanhHoa.get("seals")).contains("con dấu của UBND tỉnh");
		assertThat((String) thanhHoa.get("part_time_work")).contains("kiêm nhiệm");
		assertThat((String) thanhHoa.get("funding")).contains("dự toán ngân sách hàng năm của Sở Thông tin và Truyền thông");
	}

	@Test
	void mdrakHeldItsFirstMeetingOn18November2022ChairedByLeVanThao() {
		Map<String, Object> meeting = meeting(2);

		assertThat(meeting).containsEntry("held_on", "2022-11-18");
		assertThat((String) meeting.get("chaired_by")).startsWith("Lê Văn Thao, Phó Chủ tịch UBND huyện");
	}

	@Test
	void benTreHeldItsFirstMeetingOn3March2021AndMeetsQuarterly() {
		Map<String, Object> meeting = meeting(5);
		String cadence = jdbc.sql("SELECT meeting_cadence FROM committee WHERE id = 5").query(String.class).single();

		assertThat(meeting).containsEntry("held_on", "2021-03-03");
		assertThat((String) meeting.get("chaired_by")).contains("Phan Văn Mãi");
		assertThat(cadence).contains("hàng quý");
	}

	@Test
	void quangTriCitesTheProvincialPartyResolution02() {
		Map<String, Object> resolution = jdbc.sql("""
				SELECT kind, number_symbol, signed_on::text AS signed_on FROM related_document WHERE committee_id = 3""")
			.query()
			.singleRow();

		assertThat(resolution).containsEntry("kind", "Nghị quyết")
			.containsEntry("number_symbol", "02-NQ/TU")
			.containsEntry("signed_on", "2021-11-04");
	}

	private List<String> formerNames(long committeeId) {
		return jdbc.sql("SELECT name FROM committee_former_name WHERE committee_id = :id ORDER BY id")
			.param("id", committeeId)
			.query(String.class)
			.list();
	}

	private Map<String, Object> meeting(long committeeId) {
		return jdbc.sql("SELECT held_on::text AS held_on, chaired_by FROM meeting WHERE committee_id = :id")
			.param("id", committeeId)
			.query()
			.singleRow();
	}

}
