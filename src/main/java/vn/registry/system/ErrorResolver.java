package vn.registry.system;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page or an API call answers when the database refused or could not be reached, instead
 * of a 500: input the database could not take (SQL state class 22, "data exception": an offset that
 * overflowed, a character it cannot store) is the client's, a 400; a database that cannot be
 * reached is a 503 with {@code Retry-After}, rendered by {@code error/503.html}. Each is one WARN
 * line in the log. Runs before Spring's own resolvers; anything else goes on to them.
 */
@Component
public class ErrorResolver implements HandlerExceptionResolver, Ordered {

	/** Seconds a client is asked to wait before trying again while the database is unreachable. */
	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		try {
			if (isDataException(ex)) {
				log.warn("Refused {} {}: the database could not take its input ({})", request.getMethod(),
						request.getRequestURI(), rootMessage(ex));
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return new ModelAndView();
			}
			if (FormFailures.isOutage(ex)) {
				return unavailable(request, response, ex);
			}
		}
		catch (IOException io) {
			return null;
		}
		return null;
	}

	/** Answers 503 with Retry-After and the page that says the database is unreachable. */
	public static ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		log.warn("Answered {} {} with 503: the database cannot be reached ({})", request.getMethod(),
				request.getRequestURI(), rootMessage(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		return new ModelAndView();
	}

	static boolean isDataException(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		// The first line only: PostgreSQL adds the statement's position, the driver its details.
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

}
