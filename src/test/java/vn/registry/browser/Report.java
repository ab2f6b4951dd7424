package vn.registry.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the browser and HTML checks found, for people: one line per page checked in
 * {@code target/browser-report/axe.txt} and {@code html.txt}, totals in {@code summary.txt}.
 */
final class Report {

	static final Path DIR = Path.of("target", "browser-report");

	private static boolean started;

	private static int axePages;

	private static final Map<String, Integer> axeByImpact = new TreeMap<>();

	private static int htmlPages;

	private static int htmlErrors;

	private static int htmlWarnings;

	private static int screenshots;

	private Report() {
	}

	static synchronized void axe(String journey, String step, String url, String lang, List<Axe.Violation> violations,
			List<String> unlabeled) {
		axePages++;
		violations.forEach(v -> axeByImpact.merge(v.impact(), 1, Integer::sum));
		StringBuilder line = new StringBuilder()
			.append(journey).append(" / ").append(step).append(" — ").append(url).append(" — lang=").append(lang)
			.append(" — axe: ").append(violations.isEmpty() ? "no violations" : violations.size() + " violation(s)")
			.append(" — unlabelled controls: ").append(unlabeled.size()).append('\n');
		violations.forEach(v -> line.append("    ").append(v).append('\n'));
		unlabeled.forEach(u -> line.append("    unlabelled: ").append(u).append('\n'));
		append("axe.txt", line.toString());
		summary();
	}

	static synchronized void html(String name, String url, List<HtmlChecker.Message> messages) {
		htmlPages++;
		long errors = messages.stream().filter(HtmlChecker.Message::isError).count();
		htmlErrors += (int) errors;
		htmlWarnings += messages.size() - (int) errors;
		StringBuilder line = new StringBuilder().append(name).append(" — ").append(url).append(" — ")
			.append(errors).append(" error(s), ").append(messages.size() - errors).append(" warning(s)\n");
		messages.forEach(m -> line.append("    ").append(m).append('\n'));
		append("html.txt", line.toString());
		summary();
	}

	static synchronized void screenshot() {
		screenshots++;
		summary();
	}

	private static void summary() {
		String text = """
				Browser and HTML checks of this run
				  pages checked with axe-core %s in Chromium: %d; violations by impact: %s
				  pages checked with the Nu HTML checker: %d; errors: %d; warnings: %d
				  screenshots saved under target/screenshots/: %d
				""".formatted(Axe.VERSION, axePages, axeByImpact.isEmpty() ? "none" : axeByImpact, htmlPages,
				htmlErrors, htmlWarnings, screenshots);
		write("summary.txt", text, false);
	}

	private static void append(String file, String text) {
		write(file, text, true);
	}

	private static void write(String file, String text, boolean append) {
		try {
			if (!started) {
				started = true;
				Files.createDirectories(DIR);
				for (String name : List.of("axe.txt", "html.txt", "summary.txt")) {
					Files.deleteIfExists(DIR.resolve(name));
				}
			}
			Files.writeString(DIR.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
