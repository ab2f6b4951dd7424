package vn.registry.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from its WebJar on the test classpath (never a CDN), injected into the page under test
 * and run there. Serious and critical violations fail a journey; minor and moderate ones are
 * reported.
 */
final class Axe {

	static final String VERSION = "4.6.3";

	private static final String SCRIPT = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static String source;

	private Axe() {
	}

	/** One rule broken on a page: its id, impact, what it asks for, and the elements that break it. */
	record Violation(String rule, String impact, String help, List<String> nodes) {

		boolean fails() {
			return FAILING_IMPACTS.contains(impact);
		}

		@Override
		public String toString() {
			return "[" + impact + "] " + rule + ": " + help + "\n      " + String.join("\n      ", nodes);
		}

	}

	/** Runs axe on the page the browser shows now, with its default rules (WCAG 2.x A and AA and best practices). */
	@SuppressWarnings("unchecked")
	static List<Violation> run(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(source());
		}
		Object answer = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
				  done(results.violations.map(function (v) {
				    return { rule: v.id, impact: v.impact || 'unknown', help: v.help,
				             nodes: v.nodes.slice(0, 10).map(function (n) {
				               return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
				             }) };
				  }));
				}).catch(function (e) { done('axe failed: ' + e); });
				""");
		if (!(answer instanceof List<?> list)) {
			throw new AssertionError(String.valueOf(answer));
		}
		List<Violation> violations = new ArrayList<>();
		for (Object item : list) {
			Map<String, Object> v = (Map<String, Object>) item;
			violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("nodes")));
		}
		return violations;
	}

	private static synchronized String source() {
		if (source == null) {
			try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
				if (in == null) {
					throw new IllegalStateException(SCRIPT + " is not on the test classpath (org.webjars.npm:axe-core)");
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
