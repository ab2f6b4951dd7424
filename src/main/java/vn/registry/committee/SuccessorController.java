package vn.registry.committee;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /committees/{id}/successor}: a clerk records the committee that replaced this one. */
@Controller
class SuccessorController {

	static final String VIEW = "committee/successor";

	private final Successions successions;

	private final SuccessorQueries candidates;

	SuccessorController(Successions successions, SuccessorQueries candidates) {
		this.successions = successions;
		this.candidates = candidates;
	}

	@GetMapping("/committees/{id}/successor")
	String start(@PathVariable long id, Model model) {
		Committee committee = successions.get(id);
		SuccessorForm form = new SuccessorForm();
		form.setVersion(committee.getVersion());
		return show(committee, form, model);
	}

	@PostMapping("/committees/{id}/successor")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") SuccessorForm form, BindingResult result,
			@RequestParam(required = false) String action, Principal user, Model model, RedirectAttributes redirect) {
		Committee committee = successions.get(id);
		if ("find".equals(action)) {
			return show(committee, form, model);
		}
		if (!result.hasErrors()) {
			try {
				successions.record(id, form, user.getName());
				redirect.addFlashAttribute("message", "successor.saved");
				return "redirect:/committees/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("form.error.stale");
			}
			catch (RosterRuleException ex) {
				result.rejectValue(ex.field().equals("type") ? "successorId" : ex.field(), ex.messageCode());
			}
		}
		return show(committee, form, model);
	}

	private String show(Committee committee, SuccessorForm form, Model model) {
		model.addAttribute("committee", committee);
		model.addAttribute("form", form);
		model.addAttribute("candidates", candidates.candidates(committee.getId(), form.getQuery(), form.getSuccessorId()));
		return VIEW;
	}

}
