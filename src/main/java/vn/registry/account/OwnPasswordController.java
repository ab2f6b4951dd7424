package vn.registry.account;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import vn.registry.system.FormFailures;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /account/password: every logged-in user changes their own password, and must if an administrator chose it. */
@Controller
@RequestMapping(PasswordChangeFilter.PATH)
class OwnPasswordController {

	static final String VIEW = "account/password";

	private final OwnPassword passwords;

	private final FormFailures failures;

	OwnPasswordController(OwnPassword passwords, FormFailures failures) {
		this.passwords = passwords;
		this.failures = failures;
	}

	@GetMapping
	String form(@ModelAttribute("passwordForm") OwnPasswordForm form, HttpSession session, Model model) {
		model.addAttribute("mustChange", session.getAttribute(PasswordChangeFilter.MUST_CHANGE) != null);
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult result,
			Authentication authentication, HttpSession session, Model model, RedirectAttributes redirect) {
		model.addAttribute("mustChange", session.getAttribute(PasswordChangeFilter.MUST_CHANGE) != null);
		form.checkPassword(result);
		if (!result.hasErrors() && form.getPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("password", "account.password.same");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		boolean changed;
		try {
			changed = passwords.change(authentication.getName(), form.getCurrentPassword(), form.getPassword());
		}
		catch (RuntimeException ex) {
			failures.reject(ex, result);
			return VIEW;
		}
		if (!changed) {
			result.rejectValue("currentPassword", "account.currentPassword.wrong");
			return VIEW;
		}
		session.removeAttribute(PasswordChangeFilter.MUST_CHANGE);
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/";
	}

}
