package vn.registry.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the 2025 reform: a clerk registers the committee of a commune of 2025 with a Party-issued
 * decision that replaces the committees of two of its predecessor communes, then opens the unit
 * page and the replaced committees' pages.
 */
class ReformJourneyTest extends BrowserTestSupport {

	private final DecisionFormPage form = new DecisionFormPage(this);

	/** A committee of a commune of the structure before the reform, with its head, as the registry had it. */
	private long oldCommuneCommittee(String code, String name) {
		long id = jdbc.sql("""
				INSERT INTO committee (name, unit_id) VALUES (:name,
				    (SELECT id FROM administrative_unit WHERE code = :code AND valid_from IS NULL)) RETURNING id""")
			.param("name", name).param("code", code).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO seat (committee_id, role_id, position, agency, sort_order)
				VALUES (:id, (SELECT id FROM role WHERE code = 'TRUONG_BAN'), 'Chủ tịch UBND phường', :agency, 1)""")
			.param("id", id).param("agency", "UBND " + name.substring(name.indexOf("phường"))).update();
		return id;
	}

	@Test
	void aClerkRegistersACommuneCommitteeOf2025ThatReplacesTwoPredecessorCommittees() {
		long kimMa = oldCommuneCommittee("00028", "Ban Chỉ đạo chuyển đổi số phường Kim Mã");
		long doiCan = oldCommuneCommittee("00022", "Ban Chỉ đạo chuyển đổi số phường Đội Cấn");
		journey("reform-party-establishment-replaces");
		logIn(CLERK, CLERK_PASSWORD);
		open("/decisions/new?type=establish");
		form.decision("15-QĐ/ĐU", "15/08/2025", "Đảng ủy phường Ngọc Hà", "Nguyễn Văn Hùng",
				"Về việc thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Ngọc Hà");
		type("name", "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Ngọc Hà");
		assertThat(form.unit("ngoc ha", "Phường Ngọc Hà")).isEqualTo("Phường Ngọc Hà, Thành phố Hà Nội");
		form.seat("seats", 0, "Trưởng ban", "Trần Văn Minh", "Bí thư Đảng ủy phường", "Đảng ủy phường Ngọc Hà");
		clickToNextPage(find(By.cssSelector("button[value='find-replaced']")));
		check("replacement-offered");
		find(By.id("replaced-" + kimMa)).click();
		find(By.id("replaced-" + doiCan)).click();
		form.save();
		assertThat(driver.getCurrentUrl()).matches(".*/decisions/\\d+/saved$");
		assertThat(find(By.id("changes-replaced")).getText()).contains("phường Kim Mã", "phường Đội Cấn");
		check("saved");

		clickToNextPage(find(By.xpath("//main//a[normalize-space()='" + text("decision.saved.committee") + "']")));
		assertThat(find(By.id("replaces")).getText()).contains("phường Kim Mã", "phường Đội Cấn");
		check("successor-committee");

		clickToNextPage(find(By.cssSelector("dl.facts a[href^='/units/']")));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Phường Ngọc Hà");
		assertThat(find(By.id("predecessors")).getText()).contains("Phường Kim Mã", "Phường Đội Cấn");
		assertThat(find(By.id("unit-committees")).getText()).contains("phường Kim Mã", "phường Đội Cấn");
		check("unit-page");

		for (long replaced : new long[] { kimMa, doiCan }) {
			clickToNextPage(find(By.cssSelector("#unit-committees a[href='/committees/" + replaced + "']")));
			assertThat(find(By.id("committee-status")).getText()).contains(text("committee.status.REPLACED"));
			assertThat(find(By.id("replaced-by")).getText()).contains("phường Ngọc Hà", "15/08/2025");
			assertThat(driver.findElements(By.cssSelector("#roster table.roster tbody tr"))).isEmpty();
			check("replaced-committee-" + replaced);
			driver.navigate().back();
			loaded();
		}
	}

}
