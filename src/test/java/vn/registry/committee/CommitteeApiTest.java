package vn.registry.committee;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/committees}: the same data as the pages, as JSON. */
class CommitteeApiTest extends RegistryTestSupport {

	@Test
	void listsCommitteesWithIdNameAndLevel() throws Exception {
		DocumentContext list = json("/api/committees");
		List<Map<String, Object>> items = list.read("$.items");

		assertThat(items).hasSize(6).allSatisfy(item -> assertThat(item).containsKeys("id", "name", "level"));
		assertThat(items).filteredOn(item -> item.get("id").equals(3)).singleElement().satisfies(quangTri -> {
			assertThat(quangTri).containsEntry("name", "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị");
			assertThat(quangTri).containsEntry("level", "PROVINCE");
		});
		assertThat(list.read("$.totalItems", Integer.class)).isEqualTo(6);
		assertThat(list.read("$.totalPages", Integer.class)).isEqualTo(1);
	}

	@Test
	void answersInJsonUtf8() throws Exception {
		MockHttpServletResponse response = get(MediaType.APPLICATION_JSON, "/api/committees/2");

		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("M’Drắk");
	}

	@Test
	void givesThanhHoasSixteenSeatsInRosterOrder() throws Exception {
		DocumentContext thanhHoa = json("/api/committees/4");
		List<String> roles = thanhHoa.read("$.seats[*].roleCode");

		assertThat(roles).hasSize(16).startsWith("TRUONG_BAN", "PHO_TRUONG_BAN", "PHO_TRUONG_BAN");
		assertThat(thanhHoa.read("$.seats[0].fullName", String.class)).isEqualTo("Đỗ Minh Tuấn");
		assertThat(thanhHoa.read("$.seats[0].roleName", String.class)).isEqualTo("Trưởng ban");
		assertThat(thanhHoa.read("$.seats[0].decisionNumber", String.class)).isEqualTo("4347/QĐ-UBND");
		assertThat(thanhHoa.read("$.seats[3].fullName", String.class)).isNull();
	}

	@Test
	void givesThanhHoasWorkingGroupWithItsTwentySeats() throws Exception {
		DocumentContext thanhHoa = json("/api/committees/4");

		assertThat(thanhHoa.read("$.workingGroups.length()", Integer.class)).isEqualTo(1);
		assertThat(thanhHoa.read("$.workingGroups[0].hostAgency", String.class)).isEqualTo("Sở Thông tin và Truyền thông");
		assertThat(thanhHoa.read("$.workingGroups[0].seats.length()", Integer.class)).isEqualTo(20);
		assertThat(thanhHoa.read("$.workingGroups[0].establishingDecisionNumber", String.class)).isEqualTo("4347/QĐ-UBND");
	}

	@Test
	void givesThanhHoasTasksFormerNamesAndDecisions() throws Exception {
		DocumentContext thanhHoa = json("/api/committees/4");

		assertThat(thanhHoa.read("$.tasks[*].position", List.class)).containsExactly(1, 2, 3, 4, 5);
		assertThat(thanhHoa.read("$.formerNames[*].name", List.class))
			.containsExactly("Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa");
		assertThat(thanhHoa.read("$.decisions[*].numberSymbol", List.class)).containsExactly("4347/QĐ-UBND");
		assertThat(thanhHoa.read("$.decisions[0].type", String.class)).isEqualTo("CONSOLIDATE");
		assertThat(thanhHoa.read("$.standingAgency", String.class)).isEqualTo("Sở Thông tin và Truyền thông");
		assertThat(thanhHoa.read("$.sources[*].seedFile", List.class)).containsExactly("002_d207213e46d453da.txt");
	}

	@Test
	void givesQuangTrisUnlistedMembersAsACount() throws Exception {
		DocumentContext quangTri = json("/api/committees/3");

		assertThat(quangTri.read("$.seats.length()", Integer.class)).isEqualTo(3);
		assertThat(quangTri.read("$.unlistedMemberCount", Integer.class)).isEqualTo(17);
		assertThat(quangTri.read("$.declaredMemberCount", Integer.class)).isNull();
	}

	@Test
	void givesTheMeetingsAndRelatedDocuments() throws Exception {
		assertThat(json("/api/committees/2").read("$.meetings[0].heldOn", String.class)).isEqualTo("2022-11-18");
		assertThat(json("/api/committees/3").read("$.relatedDocuments[0].numberSymbol", String.class)).isEqualTo("02-NQ/TU");
	}

	@Test
	void showsTheRosterAsOfADateBeforeItExisted() throws Exception {
		DocumentContext thanhHoa = json("/api/committees/4", "on", "2020-01-01");

		assertThat(thanhHoa.read("$.asOf", String.class)).isEqualTo("2020-01-01");
		// Seeded seats have no start date: they are shown whatever the date.
		assertThat(thanhHoa.read("$.seats.length()", Integer.class)).isEqualTo(16);
	}

	@Test
	void searchesAndFiltersLikeTheListPage() throws Exception {
		DocumentContext mdrak = json("/api/committees", "q", "mdrak", "level", "district");

		assertThat(mdrak.read("$.items[*].name", List.class)).containsExactly("Ban Chỉ đạo về chuyển đổi số huyện M’Drắk");
		assertThat(mdrak.read("$.items[0].headName", String.class)).isEqualTo("Phạm Ngọc Thạch");
		assertThat(mdrak.read("$.items[0].declaredMemberCount", Integer.class)).isEqualTo(32);
	}

}
