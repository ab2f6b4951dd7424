package vn.registry.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.registry.system.VietnamTime;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the login page after a failed login. A wrong password counts towards the lock-out; a
 * locked account is told until when. Every other failure (unknown name, wrong password, disabled
 * account) reads the same, so the page never tells whether a name exists.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String LOCKED_UNTIL = "lockedUntil";

	static final String USERNAME = "username";

	private static final int MAX_USERNAME = 50;

	private final LoginAttempts attempts;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	LoginFailureHandler(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter(USERNAME);
		Optional<Instant> lockedUntil = Optional.empty();
		if (exception instanceof LockedException) {
			lockedUntil = attempts.lockedUntil(username);
		}
		else if (exception instanceof BadCredentialsException) {
			lockedUntil = attempts.failed(username);
		}
		FlashMap flash = new FlashMap();
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		String typed = AccountUserDetailsService.normalize(username);
		flash.put(USERNAME, typed.length() > MAX_USERNAME ? typed.substring(0, MAX_USERNAME) : typed);
		lockedUntil.ifPresent(until -> flash.put(LOCKED_UNTIL, VietnamTime.local(until)));
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + (lockedUntil.isPresent() ? "/login?locked" : "/login?error"));
	}

}
