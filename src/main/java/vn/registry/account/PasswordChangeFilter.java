package vn.registry.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password an administrator chose goes to {@code /account/password} whatever they ask
 * for, until they have chosen their own: they may only change it, log out and load the page's
 * files. The login marks the session ({@link #MUST_CHANGE}); the change clears it. Not a bean: it
 * sits in the security filter chain only.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String PATH = "/account/password";

	static final String MUST_CHANGE = PasswordChangeFilter.class.getName() + ".MUST_CHANGE";

	private static final String[] OPEN = { PATH, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/",
			"/favicon.ico" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(MUST_CHANGE) != null && !open(request)) {
			response.sendRedirect(request.getContextPath() + PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String open : OPEN) {
			if (open.endsWith("/") ? path.startsWith(open) : path.equals(open)) {
				return true;
			}
		}
		return false;
	}

}
