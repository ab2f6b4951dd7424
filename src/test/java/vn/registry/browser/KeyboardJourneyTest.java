package vn.registry.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 6: the clerk's establishment of journey 2 with the keyboard alone — Tab, Shift+Tab,
 * Enter, Space, arrow keys and typing; no click. (The test reads the page to know where the focus
 * is, as a person reads the screen; every action on the page is a key press.)
 */
class KeyboardJourneyTest extends BrowserTestSupport {

	@Test
	void theClerkEstablishesACommitteeWithTheKeyboardAlone() {
		journey("6-clerk-keyboard-only");
		open("/");
		check("home");

		WebElement first = tabTo(e -> true, "the first element", false);
		assertThat(first.getAttribute("href")).as("the first Tab stop skips to the content").endsWith("#main");
		tabToLink("/login");
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(focused().getAttribute("id")).as("the login form has the focus").isEqualTo("username");
		press(CLERK);
		press(Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("password");
		press(CLERK_PASSWORD);
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(find(By.id("account-nav")).getText()).contains(CLERK_NAME);
		check("logged-in");

		tabToLink("/decisions");
		andWaitForNextPage(() -> press(Keys.ENTER));
		tabToLink("/decisions/new");
		andWaitForNextPage(() -> press(Keys.ENTER));
		check("choose-decision");
		tabTo(e -> String.valueOf(e.getAttribute("href")).contains("type=establish"), "the establishment link", false);
		andWaitForNextPage(() -> press(Keys.ENTER));
		check("blank-form");
		markPage();

		typeAt("numberSymbol", "127/QĐ-UBND");
		typeAt("signedOn", "10/05/2023");
		typeAt("issuer", "UBND tỉnh Quảng Trị");
		typeAt("signer", "Võ Văn Hưn");
		typeAt("summary", "Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện Vĩnh Linh");
		// A slip in the signer's name, mended by going back with Shift+Tab.
		tabTo(e -> "signer".equals(e.getAttribute("id")), "#signer", true);
		press(Keys.END, "g");
		assertThat(value("signer")).isEqualTo("Võ Văn Hưng");
		typeAt("name", "Ban Chỉ đạo chuyển đổi số huyện Vĩnh Linh");
		typeAt("unitQuery", "Vĩnh Linh");
		typeAt("standingAgency", "Phòng Văn hóa và Thông tin huyện");
		typeAt("tasks-0", "Chỉ đạo chuyển đổi số trên địa bàn huyện");
		tabToButton("action", "add:tasks");
		press(Keys.ENTER);
		waiting().until(d -> "tasks-1".equals(focused().getAttribute("id")));
		press("Kiểm tra, đôn đốc các xã, thị trấn");

		roleAt("seats-0-roleId", "Trưởng ban");
		typeAt("seats-0-fullName", "Trần Văn Quang");
		typeAt("seats-0-position", "Chủ tịch UBND huyện");
		roleAt("seats-1-roleId", "Phó Trưởng ban");
		typeAt("seats-1-position", "Phó Chủ tịch UBND huyện");
		roleAt("seats-2-roleId", "Ủy viên");
		typeAt("seats-2-position", "Trưởng Công an huyện");

		WebElement included = tabTo(e -> "workingGroupIncluded".equals(e.getAttribute("name")), "the working group box", false);
		press(Keys.SPACE);
		assertThat(included.isSelected()).isTrue();
		typeAt("workingGroupName", "Tổ giúp việc");
		typeAt("workingGroupHost", "Phòng Văn hóa và Thông tin");
		roleAt("workingGroupSeats-0-roleId", "Tổ trưởng");
		typeAt("workingGroupSeats-0-position", "Trưởng phòng Văn hóa và Thông tin");
		tabToButton("action", "add:workingGroupSeats");
		press(Keys.SPACE);
		waiting().until(d -> "workingGroupSeats-1-roleId".equals(focused().getAttribute("id")));
		pickWithArrows("Thành viên");
		press(Keys.TAB, "Đặng Thị Mai");
		assertThat(value("workingGroupSeats-1-fullName")).isEqualTo("Đặng Thị Mai");
		assertThat(samePage()).as("rows were added in place").isTrue();
		check("filled-by-keyboard");

		tabToButton("action", "save");
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+/saved$");
		check("saved");

		String committeeLink = text("decision.saved.committee");
		tabTo(e -> "a".equals(e.getTagName()) && committeeLink.equals(e.getText().strip()), "the committee link", false);
		andWaitForNextPage(() -> press(Keys.ENTER));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Ban Chỉ đạo chuyển đổi số huyện Vĩnh Linh");
		List<String> roles = driver.findElements(By.cssSelector("#roster table.roster tbody tr")).stream()
			.map(row -> row.getAttribute("data-role")).toList();
		assertThat(roles).containsExactly("TRUONG_BAN", "PHO_TRUONG_BAN", "UY_VIEN");
		assertThat(find(By.id("roster")).getText()).contains("Trần Văn Quang", "Trưởng Công an huyện");
		assertThat(find(By.cssSelector("section.working-group")).getText()).contains("Tổ giúp việc", "Đặng Thị Mai");
		assertThat(find(By.id("decisions")).getText()).contains("127/QĐ-UBND", "10/05/2023");
		check("new-committee");
	}

	/** Tabs forward to a field and types into it. */
	private void typeAt(String id, String text) {
		tabTo(id);
		press(text);
		assertThat(value(id)).as("#%s typed", id).isEqualTo(text);
	}

	/** Tabs forward to a role list and picks a role with the arrow keys. */
	private void roleAt(String id, String role) {
		tabTo(id);
		pickWithArrows(role);
	}

	/** In the focused list, moves with the arrow keys to the option shown as {@code text}. */
	private void pickWithArrows(String text) {
		Select select = new Select(focused());
		List<String> options = select.getOptions().stream().map(o -> o.getText().strip()).toList();
		int target = options.indexOf(text);
		assertThat(target).as("the option %s", text).isNotNegative();
		int current = options.indexOf(select.getFirstSelectedOption().getText().strip());
		Keys key = target > current ? Keys.ARROW_DOWN : Keys.ARROW_UP;
		for (int i = 0; i < Math.abs(target - current); i++) {
			press(key);
		}
		assertThat(new Select(focused()).getFirstSelectedOption().getText().strip()).isEqualTo(text);
	}

}
