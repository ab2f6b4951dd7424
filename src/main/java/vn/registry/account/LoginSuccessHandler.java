package vn.registry.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** A successful login clears the failed-login count, then goes where the user was headed. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginAttempts attempts;

	LoginSuccessHandler(LoginAttempts attempts) {
		this.attempts = attempts;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		attempts.succeeded(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
