package vn.registry.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.registry.system.ClientAddress;
import vn.registry.system.FormFailures;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the login page after a failed login. Every failure of the name or password (unknown name,
 * wrong password, disabled account) reads the same and counts against the client's throttle, so
 * the page never tells whether a name exists; when the failure makes the next try wait, the page
 * says until when. A failure to reach the accounts at all (the database is down) is not the user's
 * fault: it says the system is unavailable and counts nothing.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String RETRY_AT = "retryAt";

	static final String USERNAME = "username";

	private static final int MAX_USERNAME = 50;

	private final LoginThrottle throttle;

	private final ClientAddress clientAddress;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	LoginFailureHandler(LoginThrottle throttle, ClientAddress clientAddress) {
		this.throttle = throttle;
		this.clientAddress = clientAddress;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			sendBack(request, response, "unavailable", Optional.empty());
			return;
		}
		Optional<Instant> blocked;
		try {
			blocked = throttle.failed(request.getParameter(USERNAME), clientAddress.of(request));
		}
		catch (RuntimeException ex) {
			if (!FormFailures.isOutage(ex)) {
				throw ex;
			}
			sendBack(request, response, "unavailable", Optional.empty());
			return;
		}
		sendBack(request, response, blocked.isPresent() ? "throttled" : "error", blocked);
	}

	/** Redirects to {@code /login?outcome} with the typed name and the time to wait as flash attributes. */
	void sendBack(HttpServletRequest request, HttpServletResponse response, String outcome,
			Optional<Instant> retryAt) throws IOException {
		FlashMap flash = new FlashMap();
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		String typed = AccountUserDetailsService.normalize(request.getParameter(USERNAME));
		flash.put(USERNAME, typed.length() > MAX_USERNAME ? typed.substring(0, MAX_USERNAME) : typed);
		retryAt.ifPresent(until -> flash.put(RETRY_AT, VietnamTime.local(until)));
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}
