package vn.registry.account;

import jakarta.validation.Valid;

import vn.registry.system.FormFailures;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/users: the administrator lists accounts, creates clerks, disables, enables, resets passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST_VIEW = "admin/users";

	static final String NEW_VIEW = "admin/user-new";

	static final String PASSWORD_VIEW = "admin/user-password";

	private static final String REDIRECT_LIST = "redirect:/admin/users";

	private final UserAdministration accounts;

	private final LoginThrottle throttle;

	private final FormFailures failures;

	UserAdminController(UserAdministration accounts, LoginThrottle throttle, FormFailures failures) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.failures = failures;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", accounts.list().stream().map(UserRow::of).toList());
		model.addAttribute("throttles", throttle.recent());
		return LIST_VIEW;
	}

	/** Forgets a throttle's failures: its address (and name) may log in again at once. */
	@PostMapping("/throttles/{id}/lift")
	String liftThrottle(@PathVariable long id, RedirectAttributes redirect) {
		if (throttle.lift(id)) {
			Notice.success(redirect, "admin.throttles.lifted");
		}
		return REDIRECT_LIST;
	}

	@GetMapping("/new")
	String newClerk(@ModelAttribute("clerkForm") NewClerkForm form) {
		return NEW_VIEW;
	}

	@PostMapping("/new")
	String createClerk(@Valid @ModelAttribute("clerkForm") NewClerkForm form, BindingResult result,
			RedirectAttributes redirect) {
		form.checkPassword(result);
		if (!result.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			return NEW_VIEW;
		}
		try {
			accounts.createClerk(form);
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator took the name a moment ago.
			result.rejectValue("username", "account.username.taken");
			return NEW_VIEW;
		}
		catch (RuntimeException ex) {
			failures.reject(ex, result);
			return NEW_VIEW;
		}
		Notice.success(redirect, "admin.users.created", form.getUsername());
		return REDIRECT_LIST;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			Authentication authentication, RedirectAttributes redirect) {
		AccountChange change;
		try {
			change = accounts.setEnabled(id, enabled, version, authentication.getName());
		}
		catch (RuntimeException ex) {
			// A race (STALE) or an outage: the list says so; anything else is thrown on.
			String key = FormFailures.messageFor(ex).orElseThrow(() -> ex);
			if (!FormFailures.STALE.equals(key)) {
				Notice.error(redirect, key);
				return REDIRECT_LIST;
			}
			change = AccountChange.STALE;
		}
		String username = accounts.get(id).getUsername();
		switch (change) {
			case DONE -> Notice.success(redirect, enabled ? "admin.users.enabled" : "admin.users.disabled", username);
			case OWN_ACCOUNT -> Notice.error(redirect, "admin.users.ownAccount");
			case STALE -> Notice.error(redirect, "admin.users.conflict", username);
		}
		return REDIRECT_LIST;
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		AppUser user = accounts.get(id);
		PasswordResetForm form = new PasswordResetForm();
		form.setVersion(user.getVersion());
		model.addAttribute("account", user);
		model.addAttribute("passwordForm", form);
		return PASSWORD_VIEW;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
		AppUser user = accounts.get(id);
		model.addAttribute("account", user);
		form.checkPassword(result);
		if (result.hasErrors()) {
			return PASSWORD_VIEW;
		}
		AccountChange change;
		try {
			change = accounts.resetPassword(id, form.getVersion(), form.getPassword(), authentication.getName());
		}
		catch (RuntimeException ex) {
			if (!FormFailures.STALE.equals(FormFailures.messageFor(ex).orElse(null))) {
				failures.reject(ex, result);
				return PASSWORD_VIEW;
			}
			change = AccountChange.STALE;
		}
		if (change == AccountChange.STALE) {
			// Say so, and show the account as it is now: submitting again applies to that.
			result.reject("admin.users.conflict", new Object[] { user.getUsername() }, null);
			form.setVersion(accounts.get(id).getVersion());
			return PASSWORD_VIEW;
		}
		Notice.success(redirect, "admin.users.passwordReset", user.getUsername());
		return REDIRECT_LIST;
	}

}
