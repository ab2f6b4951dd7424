package vn.registry.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility checks really check: on a page made to break them, axe-core reports serious
 * and critical violations and the label check finds the unlabelled control. (So a journey that
 * reports none has none, rather than a check that did not run.)
 */
class AxeSelfCheckTest extends BrowserTestSupport {

	@Test
	void aBrokenPageIsReported() {
		open("/");
		script("""
				document.documentElement.removeAttribute('lang');
				var main = document.querySelector('main');
				main.insertAdjacentHTML('beforeend', '<img src="/nowhere.png"><input type="text" name="unlabelled">');
				// Styled through the CSSOM: the Content-Security-Policy refuses style attributes in markup.
				var low = document.createElement('p');
				low.textContent = 'low contrast';
				low.style.color = '#ccc';
				low.style.background = '#fff';
				main.appendChild(low);
				""");
		List<Axe.Violation> violations = Axe.run(driver);
		assertThat(violations).filteredOn(Axe.Violation::fails).extracting(Axe.Violation::rule)
			.contains("image-alt", "label", "html-has-lang", "color-contrast");
		assertThat(unlabeledControls()).singleElement().asString().contains("unlabelled");
	}

}
