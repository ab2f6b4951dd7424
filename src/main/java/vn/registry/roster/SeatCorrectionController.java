package vn.registry.roster;

import java.security.Principal;

import jakarta.validation.Valid;

import vn.registry.system.FormFailures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SeatCorrectionController {

	static final String VIEW = "roster/correct";

	private final SeatCorrections corrections;

	private final FormFailures failures;

	SeatCorrectionController(SeatCorrections corrections, FormFailures failures) {
		this.corrections = corrections;
		this.failures = failures;
	}

	@GetMapping("/seats/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", corrections.start(id));
		model.addAttribute("committeeId", corrections.committeeOf(id));
		return VIEW;
	}

	@PostMapping("/seats/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") SeatCorrectionForm form, BindingResult result,
			Principal user, Model model, RedirectAttributes redirect) {
		if (form.holder().fullName() == null && form.holder().position() == null) {
			result.rejectValue("position", "roster.error.nameOrPosition");
		}
		if (!result.hasErrors()) {
			try {
				long committeeId = corrections.correct(id, form, user.getName());
				redirect.addFlashAttribute("message", "roster.corrected");
				return "redirect:/committees/" + committeeId;
			}
			catch (RuntimeException ex) {
				// Another clerk's change, a rule only the database checks, an outage: said on the form.
				failures.reject(ex, result);
			}
		}
		model.addAttribute("committeeId", corrections.committeeOf(id));
		return VIEW;
	}

}
