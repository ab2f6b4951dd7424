package vn.registry.decision.entry;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	DecisionCorrectionController(DecisionCorrections corrections) {
		this.corrections = corrections;
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
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("form.error.stale");
			}
			catch (DataIntegrityViolationException ex) {
				result.reject("decision.error.conflict");
			}
		}
		model.addAttribute("decisionId", id);
		return VIEW;
	}

}
