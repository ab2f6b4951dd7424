package vn.registry.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.registry.system.ClientAddress;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * A successful login forgets the failures of its name at its address, then goes where the user was
 * headed, or first to {@code /account/password} when an administrator chose the password.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	private final ClientAddress clientAddress;

	LoginSuccessHandler(LoginThrottle throttle, ClientAddress clientAddress) {
		this.throttle = throttle;
		this.clientAddress = clientAddress;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		throttle.succeeded(authentication.getName(), clientAddress.of(request));
		if (authentication.getPrincipal() instanceof AccountPrincipal account && account.isMustChangePassword()) {
			request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, PasswordChangeFilter.PATH);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
