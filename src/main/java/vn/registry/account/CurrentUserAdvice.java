package vn.registry.account;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Names the logged-in user for the page header ({@code currentUser}, absent when anonymous). */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser(Principal principal) {
		if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
			return null;
		}
		String displayName = authentication.getPrincipal() instanceof AccountPrincipal account
				? account.getDisplayName() : authentication.getName();
		return new CurrentUser(authentication.getName(), displayName);
	}

	public record CurrentUser(String username, String displayName) {
	}

}
