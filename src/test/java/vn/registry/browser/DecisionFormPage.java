package vn.registry.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision form as a clerk uses it with the mouse: fields by their ids, rows added and removed in place. */
final class DecisionFormPage {

	private final BrowserTestSupport test;

	DecisionFormPage(BrowserTestSupport test) {
		this.test = test;
	}

	void decision(String number, String signedOn, String issuer, String signer, String summary) {
		test.type("numberSymbol", number);
		test.type("signedOn", signedOn);
		test.type("issuer", issuer);
		test.type("signer", signer);
		test.type("summary", summary);
	}

	/**
	 * Types part of the unit's name, waits for the suggestions the form's script fetches, and takes
	 * the one that starts with {@code label} as a clerk picks a suggestion: the hidden unit id follows.
	 */
	String unit(String typed, String labelStart) {
		test.type("unitQuery", typed);
		String label = test.waiting().until(d -> d.findElements(By.cssSelector("#unit-options option")).stream()
			.map(option -> option.getAttribute("value"))
			.filter(value -> value != null && value.startsWith(labelStart))
			.findFirst()
			.orElse(null));
		test.type("unitQuery", label);
		test.waiting().until(d -> !test.value("unitId").isEmpty());
		return label;
	}

	/** Fills one roster row: role by its shown name, then name, position, agency ({@code null} leaves a field alone). */
	void seat(String list, int row, String role, String fullName, String position, String agency) {
		String id = list + "-" + row;
		test.choose(id + "-roleId", role);
		if (fullName != null) {
			test.type(id + "-fullName", fullName);
		}
		if (position != null) {
			test.type(id + "-position", position);
		}
		if (agency != null) {
			test.type(id + "-agency", agency);
		}
	}

	/** Adds a row to a list ({@code seats}, {@code workingGroupSeats}, {@code tasks}) with its button. */
	void addRow(String list) {
		int before = rows(list).size();
		test.find(By.cssSelector("button[name=action][value='add:" + list + "']")).click();
		test.waiting().until(d -> rows(list).size() == before + 1);
	}

	void removeRow(String list, int row) {
		int before = rows(list).size();
		test.find(By.cssSelector("button[name=action][value='remove:" + list + ":" + row + "']")).click();
		test.waiting().until(d -> rows(list).size() == before - 1);
	}

	List<WebElement> rows(String list) {
		String container = "tasks".equals(list) ? "fieldset.task-rows" : "fieldset.roster-rows[data-list=" + list + "]";
		return BrowserTestSupport.driver.findElements(By.cssSelector(container + " .rows .row-item"));
	}

	/** The working group's checkbox (Thymeleaf numbers a checkbox's id, so it is found by its name). */
	WebElement workingGroupIncluded() {
		return test.find(By.cssSelector("input[type=checkbox][name=workingGroupIncluded]"));
	}

	void save() {
		test.clickToNextPage(test.find(By.cssSelector("button.btn-primary[name=action][value=save]")));
	}

	/** The error shown at a field: the field is marked invalid and described by the message next to it. */
	void assertErrorAt(String fieldId, String message) {
		WebElement field = test.byId(fieldId);
		WebElement error = test.byId(fieldId + "-error");
		assertThat(field.getAttribute("class")).as("#%s is marked invalid", fieldId).contains("is-invalid");
		assertThat(field.getAttribute("aria-invalid")).as("#%s is aria-invalid", fieldId).isEqualTo("true");
		assertThat(field.getAttribute("aria-describedby")).as("#%s is described by its error", fieldId)
			.contains(fieldId + "-error");
		assertThat(error.getText()).isEqualTo(message);
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.findElement(By.xpath("..")).findElements(By.id(fieldId)))
			.as("the error of #%s stands beside it", fieldId).hasSize(1);
	}

}
