package vn.registry.seed;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Seats and working groups: only the names and counts the articles state, nothing invented. */
class SeedRostersTest extends RegistryTestSupport {

	@ParameterizedTest(name = "committee {0} declares {1} members")
	@CsvSource({ "2, 32", "3, ", "4, 13", "5, ", "6, 19" })
	void storesTheDeclaredMemberCountOrNullWhenNotStated(long id, Integer declared) throws Exception {
		Integer stored = jdbc.sql("SELECT declared_member_count FROM committee WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(null);

		assertThat(stored).isEqualTo(declared);
		assertThat(json("/api/committees/" + id).read("$.declaredMemberCount", Integer.class)).isEqualTo(declared);
	}

	@Test
	void quangTriListsThreeSeatsAndCountsItsSeventeenUnlistedMembersWithoutInventingRows() {
		Map<String, Object> quangTri = jdbc.sql("SELECT unlisted_member_count, unlisted_member_note FROM committee WHERE id = 3")
			.query()
			.singleRow();

		assertThat(roles(3)).containsExactly("TRUONG_BAN", "PHO_TRUONG_BAN_THUONG_TRUC", "PHO_TRUONG_BAN");
		assertThat(quangTri.get("unlisted_member_count")).isEqualTo(17);
		assertThat((String) quangTri.get("unlisted_member_note")).contains("sở, ngành cấp tỉnh");
	}

	@Test
	void quangTriSeatsArePostsWithoutNames() {
		assertThat(positions(3)).containsExactly("Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn xã",
				"Giám đốc Sở Thông tin và Truyền thông");
		assertThat(namedSeats(3)).isZero();
	}

	@Test
	void thanhHoaListsSixteenSeatsAgainstThirteenDeclared() {
		assertThat(roles(4)).hasSize(16).startsWith("TRUONG_BAN", "PHO_TRUONG_BAN", "PHO_TRUONG_BAN");
		assertThat(roles(4).subList(3, 16)).containsOnly("UY_VIEN");
	}

	@Test
	void binhDinhListsAllNineteenSeatsByPostWithoutNames() {
		assertThat(roles(6)).hasSize(19)
			.startsWith("TRUONG_BAN", "PHO_TRUONG_BAN_THUONG_TRUC", "PHO_TRUONG_BAN");
		assertThat(roles(6).subList(3, 19)).hasSize(16).containsOnly("UY_VIEN");
		assertThat(namedSeats(6)).isZero();
		assertThat(positions(6)).doesNotContainNull()
			.contains("Giám đốc Công an tỉnh", "Chánh Văn phòng UBND tỉnh", "Giám đốc FPT Telecom Bình Định");
	}

	@Test
	void namesOnlyThePeopleTheArticlesName() {
		List<String> names = jdbc.sql("SELECT full_name FROM seat WHERE full_name IS NOT NULL ORDER BY committee_id, id")
			.query(String.class)
			.list();

		assertThat(names).containsExactlyInAnyOrder("Phạm Ngọc Thạch", "Nguyễn Tiến Ninh", "Đỗ Minh Tuấn", "Mai Xuân Liêm",
				"Đỗ Hữu Quyết", "Phan Văn Mãi", "Trần Ngọc Tam");
	}

	@ParameterizedTest(name = "{2} is {1} of committee {0}")
	@CsvSource({ "2, TRUONG_BAN, Phạm Ngọc Thạch, 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện'",
			"4, TRUONG_BAN, Đỗ Minh Tuấn, 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'",
			"4, PHO_TRUONG_BAN, Mai Xuân Liêm, 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh'",
			"4, PHO_TRUONG_BAN, Đỗ Hữu Quyết, Giám đốc Sở Thông tin và Truyền thông",
			"5, TRUONG_BAN, Phan Văn Mãi, Bí thư Tỉnh ủy", "5, PHO_TRUONG_BAN, Trần Ngọc Tam, Chủ tịch UBND tỉnh" })
	void seatsTheNamedMembersInTheirRoles(long committeeId, String role, String name, String position) {
		Map<String, Object> seat = jdbc.sql("""
				SELECT r.code, s.position FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :committee AND s.full_name = :name AND s.working_group_id IS NULL""")
			.param("committee", committeeId)
			.param("name", name)
			.query()
			.singleRow();

		assertThat(seat).containsEntry("code", role).containsEntry("position", position);
	}

	@Test
	void mdrakListsOnlyItsHeadOnTheCommittee() {
		assertThat(roles(2)).containsExactly("TRUONG_BAN");
	}

	@Test
	void mdraksWorkingGroupDeclares35MembersLedByNguyenTienNinh() throws Exception {
		DocumentContext group = json("/api/committees/2");

		assertThat(group.read("$.workingGroups.length()", Integer.class)).isEqualTo(1);
		assertThat(group.read("$.workingGroups[0].name", String.class)).startsWith("Tổ giúp việc");
		assertThat(group.read("$.workingGroups[0].declaredMemberCount", Integer.class)).isEqualTo(35);
		assertThat(group.read("$.workingGroups[0].seats[*].roleCode", List.class)).containsExactly("TO_TRUONG");
		assertThat(group.read("$.workingGroups[0].seats[0].fullName", String.class)).isEqualTo("Nguyễn Tiến Ninh");
		assertThat(group.read("$.workingGroups[0].seats[0].position", String.class))
			.isEqualTo("Trưởng phòng Văn hóa và Thông tin huyện");
	}

	@Test
	void thanhHoasWorkingGroupSitsAtTheDepartmentOfInformationWithOneLeaderAndThreeDeputies() {
		Map<String, Object> group = jdbc.sql("SELECT id, name, host_agency FROM working_group WHERE committee_id = 4")
			.query()
			.singleRow();
		List<Map<String, Object>> leaders = jdbc.sql("""
				SELECT r.code, s.position FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.working_group_id = :group AND r.code IN ('TO_TRUONG', 'TO_PHO') ORDER BY r.rank, s.sort_order""")
			.param("group", group.get("id"))
			.query()
			.listOfRows();

		assertThat((String) group.get("name")).startsWith("Tổ công tác");
		assertThat(group).containsEntry("host_agency", "Sở Thông tin và Truyền thông");
		assertThat(leaders).extracting(s -> s.get("code")).containsExactly("TO_TRUONG", "TO_PHO", "TO_PHO", "TO_PHO");
		assertThat(leaders).extracting(s -> s.get("position"))
			.containsExactly("Phó Giám đốc Sở Thông tin và Truyền thông", "Phó Giám đốc Sở Kế hoạch và Đầu tư",
					"Phó Giám đốc Sở Công Thương", "Phó Giám đốc Sở Xây dựng");
	}

	@Test
	void committeeSeatsHoldCommitteeRolesAndWorkingGroupSeatsHoldWorkingGroupRoles() {
		long misplaced = jdbc.sql("""
				SELECT count(*) FROM seat s JOIN role r ON r.id = s.role_id
				WHERE (s.working_group_id IS NULL) <> (r.scope = 'COMMITTEE')""").query(Long.class).single();

		assertThat(misplaced).isZero();
	}

	@Test
	void workingGroupSeatsBelongToTheGroupsCommittee() {
		long elsewhere = jdbc.sql("""
				SELECT count(*) FROM seat s JOIN working_group g ON g.id = s.working_group_id
				WHERE g.committee_id <> s.committee_id""").query(Long.class).single();

		assertThat(elsewhere).isZero();
	}

	private List<String> roles(long committeeId) {
		return jdbc.sql("""
				SELECT r.code FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND s.working_group_id IS NULL ORDER BY r.rank, s.sort_order, s.id""")
			.param("id", committeeId)
			.query(String.class)
			.list();
	}

	private List<String> positions(long committeeId) {
		return jdbc.sql("""
				SELECT s.position FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND s.working_group_id IS NULL ORDER BY r.rank, s.sort_order, s.id""")
			.param("id", committeeId)
			.query(String.class)
			.list();
	}

	private long namedSeats(long committeeId) {
		return jdbc.sql("SELECT count(*) FROM seat WHERE committee_id = :id AND full_name IS NOT NULL")
			.param("id", committeeId)
			.query(Long.class)
			.single();
	}

}
