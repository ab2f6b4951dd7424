package vn.registry.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain HTTP client with a cookie jar, for the HTML exactly as the application serves it (no
 * browser in between): GETs, form POSTs with the form's CSRF token, a login through the login form.
 */
final class WebClient {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");

	private final String base;

	private final HttpClient client;

	record Response(int status, String location, String contentType, String body) {
	}

	WebClient(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
	}

	Response post(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Logs in through the login form; fails unless the login succeeded. */
	void logIn(String username, String password) {
		Map<String, String> form = hiddenFields(get("/login").body(), "/login");
		form.put("username", username);
		form.put("password", password);
		Response response = post("/login", form);
		assertThat(response.status()).as("login of %s", username).isEqualTo(302);
		assertThat(response.location()).as("login of %s", username).doesNotContain("error").doesNotContain("locked");
	}

	/**
	 * The hidden fields (CSRF token, ids, versions) of the page's form whose action ends with the
	 * path (or of its first form without an action, which posts to the page's own address), as a
	 * browser would send them.
	 */
	static Map<String, String> hiddenFields(String html, String actionPath) {
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			Map<String, String> formAttributes = attributes(forms.group(1));
			String action = formAttributes.get("action");
			if (action != null && !action.split("\\?")[0].endsWith(actionPath)) {
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher inputs = INPUT.matcher(forms.group(2));
			while (inputs.find()) {
				Map<String, String> input = attributes(inputs.group(1));
				if ("hidden".equals(input.get("type")) && input.containsKey("name")) {
					fields.put(input.get("name"), input.getOrDefault("value", ""));
				}
			}
			return fields;
		}
		throw new AssertionError("no form with an action ending in " + actionPath);
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(tag);
		while (matcher.find()) {
			attributes.put(matcher.group(1), HtmlUtils.htmlUnescape(matcher.group(2)));
		}
		return attributes;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
