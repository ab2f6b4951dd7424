package vn.registry.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}): Selenium is given both paths, so Selenium Manager
 * never looks for, let alone downloads, a driver or a browser.
 *
 * <p>Without them the browser tests are skipped with a message saying so, unless
 * {@code REGISTRY_REQUIRE_BROWSER=true} (as {@code .ci/run} sets it), where a missing browser fails.
 */
final class Chromium {

	static final String REQUIRE_FLAG = "REGISTRY_REQUIRE_BROWSER";

	/** Every wait in the browser tests is bounded by this. */
	static final Duration WAIT = Duration.ofSeconds(20);

	private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

	private static final List<String> DRIVERS = List.of("chromedriver");

	private static final List<String> WELL_KNOWN_DIRS = List.of("/usr/bin", "/usr/local/bin", "/usr/lib/chromium");

	private static boolean toldSkip;

	/**
	 * Selenium warns at every start that it has no CDP bindings for this Chromium; the tests only
	 * send raw CDP commands through chromedriver, which need none. (Held here: java.util.logging
	 * forgets the level of a logger nobody references.)
	 */
	private static final List<java.util.logging.Logger> QUIET = quiet("org.openqa.selenium.devtools.CdpVersionFinder",
			"org.openqa.selenium.chromium.ChromiumDriver");

	private final ChromeDriver driver;

	private final Path userDataDir;

	private Chromium(ChromeDriver driver, Path userDataDir) {
		this.driver = driver;
		this.userDataDir = userDataDir;
	}

	ChromeDriver driver() {
		return driver;
	}

	/**
	 * Starts a headless Chromium with a fresh profile, or skips the calling test class (an aborted
	 * assumption) where there is none, or fails where the environment requires a browser.
	 */
	static Chromium start() throws IOException {
		Optional<Path> browser = find(BROWSERS);
		Optional<Path> driverBinary = find(DRIVERS);
		if (browser.isEmpty() || driverBinary.isEmpty()) {
			String missing = (browser.isEmpty() ? "no Chromium (looked for " + BROWSERS + ")" : "")
					+ (browser.isEmpty() && driverBinary.isEmpty() ? " and " : "")
					+ (driverBinary.isEmpty() ? "no chromedriver" : "") + " on the PATH or in " + WELL_KNOWN_DIRS;
			if (required()) {
				throw new AssertionError("Browser tests need Chromium and chromedriver, and " + REQUIRE_FLAG
						+ "=true makes them mandatory, but there is " + missing
						+ ". Install Debian's chromium and chromium-driver (.ci/run does).");
			}
			String reason = "Browser tests skipped: there is " + missing
					+ ". Install Debian's chromium and chromium-driver to run them (in CI " + REQUIRE_FLAG
					+ "=true turns this skip into a failure).";
			if (!toldSkip) {
				toldSkip = true;
				System.err.println("[WARNING] " + reason);
			}
			Assumptions.abort(reason);
		}
		Path profile = Files.createTempDirectory("registry-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions",
				"--disable-features=Translate,MediaRouter,OptimizationHints", "--password-store=basic",
				"--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=vi", "--force-device-scale-factor=1",
				"--force-prefers-reduced-motion", "--hide-scrollbars");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en", "credentials_enable_service",
				false, "profile.password_manager_enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(driverBinary.get().toFile())
			.usingAnyFreePort()
			.withTimeout(WAIT)
			.build();
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			service.stop();
			delete(profile);
			if (required()) {
				throw new AssertionError("Chromium " + browser.get() + " with " + driverBinary.get()
						+ " did not start, and " + REQUIRE_FLAG + "=true makes the browser tests mandatory", ex);
			}
			Assumptions.abort("Browser tests skipped: Chromium " + browser.get() + " with " + driverBinary.get()
					+ " did not start: " + ex.getMessage());
			throw ex;
		}
		driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT).implicitlyWait(Duration.ZERO);
		return new Chromium(driver, profile);
	}

	private static List<java.util.logging.Logger> quiet(String... names) {
		List<java.util.logging.Logger> loggers = Stream.of(names).map(java.util.logging.Logger::getLogger).toList();
		loggers.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
		return loggers;
	}

	/** Quits the browser and removes its profile; safe to call on a browser that failed half-way. */
	void quit() {
		try {
			driver.quit();
		}
		finally {
			delete(userDataDir);
		}
	}

	static boolean required() {
		return "true".equalsIgnoreCase(System.getenv(REQUIRE_FLAG))
				|| "true".equalsIgnoreCase(System.getProperty(REQUIRE_FLAG));
	}

	/** The first of the names found as an executable on the PATH (as {@code command -v} finds it), or in a well-known directory. */
	private static Optional<Path> find(List<String> names) {
		String path = System.getenv("PATH");
		Stream<String> dirs = Stream.concat(path == null ? Stream.empty() : Stream.of(path.split(File.pathSeparator)),
				WELL_KNOWN_DIRS.stream());
		List<String> searched = dirs.filter(dir -> !dir.isBlank()).distinct().toList();
		for (String name : names) {
			for (String dir : searched) {
				Path candidate = Path.of(dir, name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private static void delete(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException | RuntimeException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
