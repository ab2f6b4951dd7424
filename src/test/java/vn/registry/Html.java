package vn.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the few things the page tests look for in rendered HTML. */
public final class Html {

	private static final Pattern COMMITTEE_LINK = Pattern.compile("href=\"/committees/(\\d+)\"");

	private static final Pattern DECISION_LINK = Pattern.compile("href=\"/decisions/(\\d+)\"");

	private static final Pattern SOURCE_LINK = Pattern.compile("href=\"/sources/(\\d+)\"");

	private static final Pattern DATA_ROLE = Pattern.compile("data-role=\"([A-Z_]+)\"");

	private Html() {
	}

	/** The ids of the committees the page links to, in page order, repeats included. */
	public static List<Long> committeeLinks(String html) {
		return numbers(COMMITTEE_LINK, html);
	}

	/** The ids of the decisions the page links to, in page order, repeats included. */
	public static List<Long> decisionLinks(String html) {
		return numbers(DECISION_LINK, html);
	}

	public static List<Long> sourceLinks(String html) {
		return numbers(SOURCE_LINK, html);
	}

	/** The role codes of the roster rows, in page order. */
	public static List<String> dataRoles(String html) {
		List<String> roles = new ArrayList<>();
		Matcher matcher = DATA_ROLE.matcher(html);
		while (matcher.find()) {
			roles.add(matcher.group(1));
		}
		return roles;
	}

	/** The HTML of the {@code <section id="...">} (up to its first closing tag: no nested sections). */
	public static String section(String html, String id) {
		int start = html.indexOf("<section id=\"" + id + "\"");
		assertThat(start).as("the page has a section #%s", id).isNotNegative();
		int end = html.indexOf("</section>", start);
		assertThat(end).as("section #%s is closed", id).isPositive();
		return html.substring(start, end);
	}

	/** The HTML of the first element whose opening tag carries {@code marker} (an id or class), to its end tag. */
	public static String element(String html, String marker, String tag) {
		int at = html.indexOf(marker);
		assertThat(at).as("the page has %s", marker).isNotNegative();
		int start = html.lastIndexOf("<" + tag, at);
		int end = html.indexOf("</" + tag + ">", at);
		assertThat(end).as("%s is closed", marker).isPositive();
		return html.substring(start, end);
	}

	private static List<Long> numbers(Pattern pattern, String html) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

}
