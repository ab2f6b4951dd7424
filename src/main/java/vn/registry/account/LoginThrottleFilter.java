package vn.registry.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.registry.system.ClientAddress;
import vn.registry.system.FormFailures;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login POST while its address, or its name at that address, must wait; the password is
 * not even checked, and the refusal does not count as a failure (waiting is not punished). Placed
 * before Spring Security's login filter. Not a bean: Spring Boot would also register it for every
 * request.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final ClientAddress clientAddress;

	private final LoginFailureHandler failures;

	LoginThrottleFilter(LoginThrottle throttle, ClientAddress clientAddress, LoginFailureHandler failures) {
		this.throttle = throttle;
		this.clientAddress = clientAddress;
		this.failures = failures;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter(LoginFailureHandler.USERNAME);
		Optional<Instant> blocked;
		try {
			blocked = throttle.blockedUntil(username, clientAddress.of(request));
		}
		catch (RuntimeException ex) {
			if (!FormFailures.isOutage(ex)) {
				throw ex;
			}
			failures.sendBack(request, response, "unavailable", Optional.empty());
			return;
		}
		if (blocked.isPresent()) {
			failures.sendBack(request, response, "throttled", blocked);
			return;
		}
		chain.doFilter(request, response);
	}

}
