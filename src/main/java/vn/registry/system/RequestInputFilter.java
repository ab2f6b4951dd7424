package vn.registry.system;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request whose parameters no honest client sends: a NUL
 * byte in a name, a value or an uploaded file's name (PostgreSQL cannot store one, and no form
 * field needs one), parameters that are not valid UTF-8, or an upload over the container's limit.
 * The answer is the error page with 400 (413 for the upload) and one WARN line in the log, never
 * a stack trace: a client's mistake is not the server's error. Registered by {@link InputHandling}
 * right after the character encoding is set, so parameters are decoded as UTF-8.
 */
class RequestInputFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestInputFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal;
		int status = HttpServletResponse.SC_BAD_REQUEST;
		try {
			refusal = refusal(request);
		}
		catch (InvalidParameterException ex) {
			status = ex.getErrorCode() > 0 ? ex.getErrorCode() : status;
			refusal = status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? "upload over the size limit"
					: "parameters that are not valid UTF-8";
		}
		catch (InvalidFileNameException ex) {
			refusal = "a NUL byte in an uploaded file's name";
		}
		catch (IllegalStateException ex) {
			// Servlet multipart parsing reports an upload over the limit so.
			status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
			refusal = "upload over the size limit";
		}
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		log.warn("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
				refusal);
		SecurityHeaders.write(response);
		if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
			tooLarge(request, response);
			return;
		}
		response.sendError(status);
	}

	/**
	 * The error page for an upload over the limit, rendered from a view of the request without its
	 * body: through the container's error dispatch, whatever reads a parameter (the CSRF check, the
	 * language switch) would parse the upload again, fail the same way, and leave Tomcat's bare page.
	 */
	private static void tooLarge(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.getRequestDispatcher("/error").forward(new Bodiless(request), response);
	}

	/** The request as a GET with no parameters and no body. */
	private static final class Bodiless extends HttpServletRequestWrapper {

		Bodiless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

	private static String refusal(HttpServletRequest request) throws IOException, ServletException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (hasNul(parameter.getKey())) {
				return "a NUL byte in a parameter's name";
			}
			for (String value : parameter.getValue()) {
				if (hasNul(value)) {
					return "a NUL byte in parameter " + parameter.getKey();
				}
			}
		}
		if (isMultipart(request)) {
			for (Part part : request.getParts()) {
				if (hasNul(part.getSubmittedFileName()) || hasNul(part.getName())) {
					return "a NUL byte in an uploaded file's name";
				}
			}
		}
		return null;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\0') >= 0;
	}

}
