package vn.registry.system.cache;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.registry.system.ErrorResolver;
import vn.registry.system.FormFailures;
import vn.registry.system.cache.DataVersions.DataVersion;
import vn.registry.system.cache.KeptPages.Page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages and JSON it rendered, answers a conditional GET with 304 (the ETag is the
 * MD5 of the body), and never serves data older than the database's. Each request reads the data
 * version (one short statement, see {@link DataVersions}); a page is served from memory only if it
 * was rendered at that version, on that day, for the same address (host included), language and
 * Accept header. Nothing personal is kept: a logged-in user, a session or an Authorization header
 * bypass the cache, and so does a transaction that has written and not committed; a response that
 * sets a cookie is not kept. Runs after Spring Security (order 0; security is at -100), so every
 * request is still authorized and gets its headers. {@code registry.page-cache.enabled=false}
 * turns it off.
 */
@Component
@Order(0)
class PageCache extends OncePerRequestFilter {

	private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-language",
			"set-cookie", "transfer-encoding", "date", "etag");

	private final DataVersions versions;

	private final KeptPages pages;

	private final LocaleResolver localeResolver;

	private final boolean enabled;

	PageCache(DataVersions versions, KeptPages pages, LocaleResolver localeResolver,
			@Value("${registry.page-cache.enabled:true}") boolean enabled) {
		this.versions = versions;
		this.pages = pages;
		this.localeResolver = localeResolver;
		this.enabled = enabled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !enabled || !"GET".equals(request.getMethod()) || !(path.equals("/") || path.startsWith("/committees")
				|| path.startsWith("/decisions") || path.startsWith("/api/") || path.startsWith("/sources/")
				|| path.startsWith("/units/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getUserPrincipal() != null || request.getSession(false) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			chain.doFilter(request, response);
			return;
		}
		DataVersion data;
		try {
			data = versions.current();
		}
		catch (RuntimeException ex) {
			if (!FormFailures.isOutage(ex)) {
				throw ex;
			}
			ErrorResolver.unavailable(request, response, ex);
			return;
		}
		if (data.uncommittedWrites()) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getScheme() + "://" + request.getServerName() + ':' + request.getServerPort()
				+ request.getRequestURI() + '?' + request.getQueryString() + '|'
				+ localeResolver.resolveLocale(request).toLanguageTag() + '|' + request.getHeader(HttpHeaders.ACCEPT);
		String day = LocalDate.now() + "/" + data.today();
		Page page = pages.get(key, data.version());
		Metrics.counter("registry.page.cache", "result", page == null || !page.day().equals(day) ? "miss" : "hit").increment();
		if (page == null || !page.day().equals(day)) {
			Recorder recorder = new Recorder(response);
			chain.doFilter(request, recorder);
			recorder.flushWriter();
			if (!keepable(request, recorder)) {
				recorder.copyBodyToResponse();
				return;
			}
			page = recorder.page(data.version(), day);
			pages.put(key, page);
		}
		send(page, request, response);
	}

	private static boolean keepable(HttpServletRequest request, Recorder recorder) {
		return recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
				&& !recorder.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null;
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		boolean gzip = accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
		// Each encoding of a page is a representation of its own, with an ETag of its own.
		String etag = gzip ? page.etag().substring(0, page.etag().length() - 1) + "-gzip\"" : page.etag();
		String previous = null;
		for (String[] header : page.headers()) {
			// Set, then add: a page sent as it is rendered already has these headers once.
			if (header[0].equals(previous)) {
				response.addHeader(header[0], header[1]);
			}
			else {
				response.setHeader(header[0], header[1]);
			}
			previous = header[0];
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			// Public data: a browser may keep it, but asks (If-None-Match) before showing it again.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		byte[] body = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** If-None-Match lists ETags (or *), compared weakly as RFC 9110 asks for a GET. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/** Keeps the response's body and the locale it was rendered in, until it is kept or passed on. */
	private static final class Recorder extends ContentCachingResponseWrapper {

		private Locale locale;

		private PrintWriter writer;

		Recorder(HttpServletResponse response) {
			super(response);
		}

		/**
		 * A writer that encodes in bulk: the wrapper's own flushes its encoder after every write, and a
		 * template is written as thousands of short strings.
		 */
		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				String encoding = getCharacterEncoding();
				writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
						encoding != null ? encoding : StandardCharsets.ISO_8859_1.name()));
			}
			return writer;
		}

		void flushWriter() {
			if (writer != null) {
				writer.flush();
			}
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

		Page page(long version, String day) {
			byte[] body = getContentAsByteArray();
			List<String[]> headers = new ArrayList<>();
			for (String name : getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
				}
			}
			String etag = '"' + DigestUtils.md5DigestAsHex(body) + '"';
			return new Page(version, day, etag, getContentType(), locale, headers, body, new byte[1][]);
		}

	}

}
