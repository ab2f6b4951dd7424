package vn.registry.decision.entry;

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
class DecisionCorrectionController {

	static final String VIEW = "decision/correct";

	private final DecisionCorrections corrections;

	private final FormFailures failures;

	DecisionCorrectionController(DecisionCorrections corrections, FormFailures failures) {
		this.corrections = corrections;
		this.failures = failures;
	}

	@GetMapping("/decisions/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", corrections.start(id));
		model.addAttribute("decisionId", id);
		return VIEW;
	}

	@PostMapping("/decisions/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") DecisionCorrectionForm form, BindingResult result,
			Principal user, Model model, RedirectAttributes redirect) {
		corrections.validate(id, form, result);
		if (!result.hasErrors()) {
			try {
				corrections.correct(id, form, user.getName());
				redirect.addFlashAttribute("message", "decision.corrected");
				return "redirect:/decisions/" + id;
			}
			catch (RuntimeException ex) {
				// Another clerk's change, a rule only the database checks, an outage: said on the form.
				failures.reject(ex, result);
			}
		}
		model.addAttribute("decisionId", id);
		return VIEW;
	}

}
