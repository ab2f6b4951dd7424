package vn.registry.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Journeys of a clerk who enters decisions with the mouse and the keyboard's typing (issue journeys 2, 3 and 4). */
class ClerkJourneyTest extends BrowserTestSupport {

	private static final long BEN_TRE = 5;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DecisionFormPage form = new DecisionFormPage(this);

	/** Journey 2: an establishment with a roster of three seats and a working group, rows added in place. */
	@Test
	void aClerkEstablishesANewCommitteeWithItsRosterAndWorkingGroup() {
		journey("2-clerk-establishes-committee");
		open("/login");
		check("login");
		logIn(CLERK, CLERK_PASSWORD);
		assertThat(find(By.id("account-nav")).getText()).contains(CLERK_NAME);
		check("logged-in");

		clickToNextPage(find(By.cssSelector("header a[href$='/decisions']")));
		clickToNextPage(find(By.cssSelector("main a[href$='/decisions/new']")));
		check("choose-decision");
		clickToNextPage(find(By.cssSelector("main a[href*='type=establish']")));
		assertThat(form.rows("seats")).hasSize(3);
		check("blank-form");

		markPage();
		form.decision("125/QĐ-UBND", "15/03/2023", "UBND tỉnh Quảng Trị", "Võ Văn Hưng",
				"Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện Cam Lộ");
		type("name", "Ban Chỉ đạo chuyển đổi số huyện Cam Lộ");
		String unit = form.unit("Cam Lộ", "Huyện Cam Lộ");
		assertThat(unit).isEqualTo("Huyện Cam Lộ, Tỉnh Quảng Trị (đến 30/06/2025)");
		type("standingAgency", "Phòng Văn hóa và Thông tin huyện");
		type("tasks-0", "Chỉ đạo, điều phối chuyển đổi số trên địa bàn huyện");
		form.addRow("tasks");
		type("tasks-1", "Đôn đốc, kiểm tra việc thực hiện");

		form.seat("seats", 0, "Trưởng ban", "Hoàng Văn Tuấn", "Chủ tịch UBND huyện", "UBND huyện Cam Lộ");
		form.seat("seats", 1, "Phó Trưởng ban", null, "Phó Chủ tịch UBND huyện", "UBND huyện Cam Lộ");
		form.seat("seats", 2, "Ủy viên", null, "Trưởng phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin");
		// A row added by mistake, and removed, in place.
		form.addRow("seats");
		assertThat(focused().getAttribute("id")).as("the new row's first field has the focus").isEqualTo("seats-3-roleId");
		form.removeRow("seats", 3);
		assertThat(form.rows("seats")).hasSize(3);

		form.workingGroupIncluded().click();
		type("workingGroupName", "Tổ giúp việc");
		type("workingGroupHost", "Phòng Văn hóa và Thông tin");
		form.seat("workingGroupSeats", 0, "Tổ trưởng", null, "Trưởng phòng Văn hóa và Thông tin", null);
		form.addRow("workingGroupSeats");
		form.seat("workingGroupSeats", 1, "Thành viên", "Nguyễn Thị Lan", "Chuyên viên Phòng Văn hóa và Thông tin", null);
		assertThat(samePage()).as("rows were added without a round trip to the server").isTrue();
		check("filled-form");

		form.save();
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+/saved$");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(text("decision.saved.title"));
		assertThat(find(By.id("changes-added")).getText()).contains("Hoàng Văn Tuấn");
		check("saved");

		clickToNextPage(find(By.xpath("//main//a[normalize-space()='" + text("decision.saved.committee") + "']")));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Ban Chỉ đạo chuyển đổi số huyện Cam Lộ");
		assertThat(rosterRows("#roster")).containsExactly(
				"Trưởng ban|Hoàng Văn Tuấn|Chủ tịch UBND huyện|UBND huyện Cam Lộ",
				"Phó Trưởng ban|—|Phó Chủ tịch UBND huyện|UBND huyện Cam Lộ",
				"Ủy viên|—|Trưởng phòng Văn hóa và Thông tin|Phòng Văn hóa và Thông tin");
		assertThat(find(By.cssSelector("section.working-group h2")).getText()).contains("Tổ giúp việc");
		assertThat(rosterRows("section.working-group")).containsExactly(
				"Tổ trưởng|—|Trưởng phòng Văn hóa và Thông tin|",
				"Thành viên|Nguyễn Thị Lan|Chuyên viên Phòng Văn hóa và Thông tin|");
		assertThat(find(By.id("decisions")).getText()).contains("125/QĐ-UBND", "15/03/2023");
		check("new-committee");
	}

	/**
	 * Journey 3: the same form with mistakes — a malformed Số, ký hiệu, a date in the future, two
	 * Trưởng ban — shows each error at its field and keeps every typed value and row; corrected, it saves.
	 */
	@Test
	void mistakesAreShownAtTheirFieldsAndNothingTypedIsLost() {
		journey("3-clerk-form-with-mistakes");
		logIn(CLERK, CLERK_PASSWORD);
		open("/decisions/new?type=establish");
		markPage();
		Map<String, String> typed = new LinkedHashMap<>();
		String future = LocalDate.now().plusDays(3).format(DATE);
		typed.put("numberSymbol", "126 QĐ-UBND");
		typed.put("signedOn", future);
		typed.put("effectiveOn", future);
		typed.put("issuer", "UBND tỉnh Quảng Trị");
		typed.put("signer", "Võ Văn Hưng");
		typed.put("summary", "Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện Hướng Hóa");
		typed.put("sourceNote", "Bản chụp lưu tại Văn phòng UBND tỉnh");
		typed.put("name", "Ban Chỉ đạo chuyển đổi số huyện Hướng Hóa");
		typed.put("standingAgency", "Phòng Văn hóa và Thông tin huyện");
		typed.put("functions", "Giúp UBND huyện chỉ đạo chuyển đổi số");
		typed.put("declaredMemberCount", "15");
		typed.put("tasks-0", "Xây dựng kế hoạch chuyển đổi số");
		typed.put("tasks-1", "Theo dõi, đánh giá kết quả");
		typed.put("workingGroupName", "Tổ công tác giúp việc");
		typed.put("workingGroupHost", "Phòng Văn hóa và Thông tin");
		typed.put("workingGroupDeclaredCount", "5");
		form.addRow("tasks");
		form.addRow("seats");
		form.workingGroupIncluded().click();
		form.addRow("workingGroupSeats");
		// The picker offers the units of the date signed: a district exists only before 01/07/2025.
		type("signedOn", "20/03/2023");
		String unit = form.unit("Hướng Hóa", "Huyện Hướng Hóa");
		typed.forEach(this::type);
		String[][] seats = {
				{ "Trưởng ban", "Lê Quang Hùng", "Chủ tịch UBND huyện", "UBND huyện Hướng Hóa" },
				{ "Trưởng ban", "Hồ Văn Thái", "Phó Chủ tịch UBND huyện", "UBND huyện Hướng Hóa" },
				{ "Phó Trưởng ban Thường trực", "", "Trưởng phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin" },
				{ "Ủy viên", "", "Trưởng phòng Nội vụ", "Phòng Nội vụ" } };
		for (int i = 0; i < seats.length; i++) {
			form.seat("seats", i, seats[i][0], seats[i][1], seats[i][2], seats[i][3]);
		}
		String[][] group = { { "Tổ trưởng", "Nguyễn Văn Bình", "Phó Trưởng phòng Văn hóa và Thông tin", "" },
				{ "Tổ phó", "", "Chuyên viên Phòng Nội vụ", "Phòng Nội vụ" } };
		for (int i = 0; i < group.length; i++) {
			form.seat("workingGroupSeats", i, group[i][0], group[i][1], group[i][2], group[i][3]);
		}
		// Checked as typed, before any submit: Số, ký hiệu.
		assertThat(byId("numberSymbol-live").getText()).isEqualTo(text("decision.error.numberFormat"));
		assertThat(samePage()).isTrue();
		check("typed-with-mistakes");

		form.save();
		assertThat(find(By.cssSelector("form.decision-form .alert-danger[role=alert]")).getText())
			.isEqualTo(text("form.hasErrors"));
		form.assertErrorAt("numberSymbol", text("decision.error.numberFormat"));
		form.assertErrorAt("signedOn", text("decision.error.signedInFuture"));
		WebElement rosterError = byId("seats-error");
		assertThat(rosterError.getText()).contains(text("roster.error.oneHead"));
		assertThat(rosterError.findElement(By.xpath("ancestor::fieldset[1]")).getAttribute("data-list"))
			.as("the roster's error stands in the roster").isEqualTo("seats");

		// Every typed value and every row is still there.
		typed.forEach((id, value) -> assertThat(value(id)).as("#%s kept", id).isEqualTo(value));
		assertThat(value("unitQuery")).isEqualTo(unit);
		assertThat(value("unitId")).isNotEmpty();
		assertThat(form.workingGroupIncluded().isSelected()).isTrue();
		assertThat(form.rows("tasks")).hasSize(2);
		assertThat(form.rows("seats")).hasSize(seats.length);
		assertThat(form.rows("workingGroupSeats")).hasSize(group.length);
		assertRows("seats", seats);
		assertRows("workingGroupSeats", group);
		check("form-with-errors");

		// Corrected, the same form saves.
		type("numberSymbol", "126/QĐ-UBND");
		type("signedOn", "20/03/2023");
		type("effectiveOn", "20/03/2023");
		choose("seats-1-roleId", "Phó Trưởng ban");
		form.save();
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+/saved$");
		check("saved-after-correction");
	}

	/** Journey 4: a consolidation (kiện toàn) of Bến Tre's committee, then its roster as of the day before. */
	@Test
	void aClerkConsolidatesACommitteeAndTheEarlierRosterStaysVisibleAsOfAnEarlierDate() {
		journey("4-clerk-consolidates-committee");
		logIn(CLERK, CLERK_PASSWORD);
		open("/committees/" + BEN_TRE);
		List<String> before = rosterRows("#roster");
		assertThat(before).containsExactly("Trưởng ban|Phan Văn Mãi|Bí thư Tỉnh ủy|Tỉnh ủy Bến Tre",
				"Phó Trưởng ban|Trần Ngọc Tam|Chủ tịch UBND tỉnh|UBND tỉnh Bến Tre");
		check("committee-before");

		clickToNextPage(find(By.cssSelector("p.committee-actions a[href$='/committees/" + BEN_TRE + "/decisions/new']")));
		check("choose-decision-type");
		clickToNextPage(find(By.cssSelector("main a[href*='type=consolidate']")));
		assertThat(find(By.tagName("h1")).getText()).contains(text("decision.type.CONSOLIDATE"));
		assertThat(value("seats-0-fullName")).isEqualTo("Phan Văn Mãi");
		assertThat(value("seats-1-fullName")).isEqualTo("Trần Ngọc Tam");
		check("consolidation-form");

		markPage();
		form.decision("512/QĐ-UBND", "20/04/2022", "UBND tỉnh Bến Tre", "Trần Ngọc Tam",
				"Về việc kiện toàn Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre");
		type("declaredMemberCount", "3");
		form.seat("seats", 0, "Trưởng ban", "Trần Ngọc Tam", "Chủ tịch UBND tỉnh", "UBND tỉnh Bến Tre");
		form.seat("seats", 1, "Phó Trưởng ban", "Nguyễn Minh Cảnh", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Bến Tre");
		form.addRow("seats");
		form.seat("seats", 2, "Ủy viên", null, "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông");
		assertThat(samePage()).isTrue();
		check("consolidation-filled");
		form.save();
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+/saved$");
		assertThat(find(By.id("changes-ended")).getText()).contains("Phan Văn Mãi");
		assertThat(find(By.id("changes-added")).getText()).contains("Nguyễn Minh Cảnh");
		check("saved");

		clickToNextPage(find(By.xpath("//main//a[normalize-space()='" + text("decision.saved.committee") + "']")));
		assertThat(rosterRows("#roster")).containsExactly(
				"Trưởng ban|Trần Ngọc Tam|Chủ tịch UBND tỉnh|UBND tỉnh Bến Tre",
				"Phó Trưởng ban|Nguyễn Minh Cảnh|Phó Chủ tịch UBND tỉnh|UBND tỉnh Bến Tre",
				"Ủy viên|—|Giám đốc Sở Thông tin và Truyền thông|Sở Thông tin và Truyền thông");
		check("committee-after");

		open("/committees/" + BEN_TRE + "?on=2022-04-19");
		assertThat(find(By.cssSelector("main .alert-warning[role=status]")).getText())
			.isEqualTo(text("committee.asOf.notice", "19/04/2022"));
		assertThat(value("on")).isEqualTo("2022-04-19");
		assertThat(rosterRows("#roster")).isEqualTo(before);
		check("roster-as-of-before");
	}

	/** The roster rows of a section as "role|name|position|agency" ("—" where the name is not stated). */
	List<String> rosterRows(String section) {
		return driver.findElements(By.cssSelector(section + " table.roster tbody tr")).stream().map(row -> {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			return cells.get(1).getText().strip() + "|" + cells.get(2).getText().strip() + "|"
					+ cells.get(3).getText().strip() + "|" + cells.get(4).getText().strip();
		}).toList();
	}

	private void assertRows(String list, String[][] rows) {
		for (int i = 0; i < rows.length; i++) {
			String id = list + "-" + i;
			assertThat(selectedText(id + "-roleId")).as("%s role kept", id).isEqualTo(rows[i][0]);
			assertThat(value(id + "-fullName")).as("%s name kept", id).isEqualTo(rows[i][1]);
			assertThat(value(id + "-position")).as("%s position kept", id).isEqualTo(rows[i][2]);
			assertThat(value(id + "-agency")).as("%s agency kept", id).isEqualTo(rows[i][3]);
		}
	}

}
