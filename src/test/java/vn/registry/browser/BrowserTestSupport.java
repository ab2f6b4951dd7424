package vn.registry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys in the system's headless Chromium against the application on its random port. Every
 * page a journey reaches is screenshotted to {@code target/screenshots/<journey>/} and checked
 * with axe-core (no serious or critical violation), for a label on every form control and for a
 * declared language; all problems found are reported together when the journey ends.
 *
 * <p>One browser per test class, started by its first journey and always quit in
 * {@link #quitBrowser()}, whatever happened.
 */
abstract class BrowserTestSupport extends ServerTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Where the page is taller than this, the screenshot stops there. */
	private static final int MAX_SCREENSHOT_HEIGHT = 6000;

	private static final int MAX_KEY_PRESSES = 80;

	protected static Chromium chromium;

	protected static ChromeDriver driver;

	private String journey = "journey";

	private int shot;

	private final List<String> problems = new ArrayList<>();

	@AfterAll
	static void quitBrowser() {
		if (chromium != null) {
			try {
				chromium.quit();
			}
			finally {
				chromium = null;
				driver = null;
			}
		}
	}

	/** Where a journey fails, what the browser showed: a screenshot and the page's HTML beside the journey's. */
	@RegisterExtension
	final TestWatcher failureEvidence = new TestWatcher() {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (driver == null) {
				return;
			}
			try {
				screenshot("failure");
				save("failure", "html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
			}
			catch (RuntimeException ex) {
				cause.addSuppressed(ex);
			}
		}

	};

	/**
	 * Every journey starts as a new visitor: no session, no language cookie, screen media. The
	 * class's browser starts with its first journey; where there is none, each journey is skipped
	 * (an assumption, with the reason) or, with {@code REGISTRY_REQUIRE_BROWSER=true}, fails.
	 */
	@BeforeEach
	void newVisitor() throws IOException {
		if (chromium == null) {
			chromium = Chromium.start();
			driver = chromium.driver();
		}
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		emulateMedia("");
	}

	/**
	 * Emulates a media type ({@code print}, or {@code ""} for the screen), with reduced motion:
	 * Bootstrap scrolls smoothly otherwise, and a click would aim at where an element is still
	 * scrolling to.
	 */
	void emulateMedia(String media) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features",
				List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
	}

	/** Fails the journey with every accessibility problem its pages had, listed together. */
	@AfterEach
	void noAccessibilityProblems() {
		assertThat(problems).as("accessibility problems on the pages of journey %s (details in %s)", journey,
				Report.DIR.resolve("axe.txt")).isEmpty();
	}

	/** Names the journey: its screenshots go to {@code target/screenshots/<name>/}, replacing an earlier run's. */
	void journey(String name) {
		journey = name;
		shot = 0;
		problems.clear();
		Path dir = SCREENSHOTS.resolve(name);
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(dir)).forEach(f -> f.toFile().delete());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	// Navigation and waiting; every wait is bounded by Chromium.WAIT.

	WebDriverWait waiting() {
		return new WebDriverWait(driver, Chromium.WAIT);
	}

	void open(String path) {
		driver.get(base() + path);
		loaded();
	}

	void loaded() {
		waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Does something that leaves the page (a click, a key) and waits for the next page to load. */
	void andWaitForNextPage(Runnable action) {
		WebElement html = driver.findElement(By.tagName("html"));
		action.run();
		waiting().until(ExpectedConditions.stalenessOf(html));
		loaded();
	}

	void clickToNextPage(WebElement element) {
		andWaitForNextPage(element::click);
	}

	WebElement find(By by) {
		return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
	}

	WebElement byId(String id) {
		return find(By.id(id));
	}

	void type(String id, String text) {
		WebElement field = byId(id);
		field.clear();
		field.sendKeys(text);
	}

	void choose(String selectId, String visibleText) {
		new Select(byId(selectId)).selectByVisibleText(visibleText);
	}

	String value(String id) {
		return byId(id).getDomProperty("value");
	}

	String selectedText(String selectId) {
		return new Select(byId(selectId)).getFirstSelectedOption().getText().strip();
	}

	Object script(String js, Object... args) {
		return driver.executeScript(js, args);
	}

	/** Marks the page, to tell later whether an action reloaded it (a reload loses the mark). */
	void markPage() {
		script("window.__registryNoReload = true;");
	}

	boolean samePage() {
		return Boolean.TRUE.equals(script("return window.__registryNoReload === true;"));
	}

	// The keyboard.

	void press(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/**
	 * Presses Tab (or Shift+Tab) until the focused element is the one wanted, and answers it;
	 * fails after a bounded number of presses.
	 */
	WebElement tabTo(Predicate<WebElement> wanted, String what, boolean backwards) {
		for (int i = 0; i < MAX_KEY_PRESSES; i++) {
			if (backwards) {
				press(Keys.chord(Keys.SHIFT, Keys.TAB));
			}
			else {
				press(Keys.TAB);
			}
			WebElement element = focused();
			if (wanted.test(element)) {
				return element;
			}
		}
		throw new AssertionError("Tab never reached " + what + " within " + MAX_KEY_PRESSES + " presses");
	}

	WebElement tabTo(String id) {
		return tabTo(e -> id.equals(e.getAttribute("id")), "#" + id, false);
	}

	WebElement tabToLink(String hrefEnd) {
		return tabTo(e -> "a".equals(e.getTagName()) && String.valueOf(e.getAttribute("href")).endsWith(hrefEnd),
				"the link to " + hrefEnd, false);
	}

	WebElement tabToButton(String name, String value) {
		return tabTo(e -> "button".equals(e.getTagName()) && name.equals(e.getAttribute("name"))
				&& value.equals(e.getAttribute("value")), "the button " + name + "=" + value, false);
	}

	// Checks of the page shown.

	/**
	 * Screenshots the page and checks it: axe-core (serious and critical violations are problems),
	 * a label for every form control, a declared page language. Problems are collected and fail
	 * the journey at its end.
	 */
	void check(String step) {
		screenshot(step);
		String url = driver.getCurrentUrl();
		List<Axe.Violation> violations = Axe.run(driver);
		List<String> unlabeled = unlabeledControls();
		String lang = String.valueOf(script("return document.documentElement.getAttribute('lang');"));
		Report.axe(journey, step, url, lang, violations, unlabeled);
		violations.stream().filter(Axe.Violation::fails).forEach(v -> problems.add(step + " (" + url + "): " + v));
		unlabeled.forEach(u -> problems.add(step + " (" + url + "): a form control without a label: " + u));
		if (!"vi".equals(lang) && !"en".equals(lang)) {
			problems.add(step + " (" + url + "): the page declares no language (lang=" + lang + ")");
		}
	}

	/** Form controls (not hidden inputs, not buttons) with neither a label nor an ARIA name. */
	@SuppressWarnings("unchecked")
	List<String> unlabeledControls() {
		return (List<String>) script("""
				return Array.from(document.querySelectorAll('input, select, textarea'))
				  .filter(function (el) { return ['hidden', 'submit', 'button', 'reset', 'image'].indexOf(el.type) < 0; })
				  .filter(function (el) {
				    var labelled = el.labels && Array.from(el.labels).some(function (l) { return l.textContent.trim() !== ''; });
				    return !labelled && !(el.getAttribute('aria-label') || '').trim() && !el.getAttribute('aria-labelledby');
				  })
				  .map(function (el) { return el.outerHTML.slice(0, 200); });
				""");
	}

	String lang() {
		return String.valueOf(script("return document.documentElement.getAttribute('lang');"));
	}

	/**
	 * The whole page (up to a height) as a PNG under {@code target/screenshots/<journey>/}: the
	 * viewport is stretched to the page for the shot, then given back, so that later clicks hit
	 * where they aim.
	 */
	@SuppressWarnings("unchecked")
	Path screenshot(String step) {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
		long width = Math.round(((Number) viewport.get("clientWidth")).doubleValue());
		long height = Math.min(Math.round(((Number) size.get("height")).doubleValue()), MAX_SCREENSHOT_HEIGHT);
		Map<String, Object> shotResult;
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Math.max(height, 1), "deviceScaleFactor", 1, "mobile", false));
		try {
			shotResult = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		return save(step, "png", Base64.getDecoder().decode((String) shotResult.get("data")));
	}

	Path save(String step, String extension, byte[] bytes) {
		try {
			Path dir = Files.createDirectories(SCREENSHOTS.resolve(journey));
			Path file = dir.resolve("%02d-%s.%s".formatted(++shot, step, extension));
			Files.write(file, bytes);
			Report.screenshot();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The clerk.

	/** Logs in through the login form with the mouse and the keyboard's typing. */
	void logIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		clickToNextPage(find(By.cssSelector("main form button[type=submit]")));
		assertThat(driver.findElements(By.id("login-error"))).as("login of %s succeeded", username).isEmpty();
	}

}
