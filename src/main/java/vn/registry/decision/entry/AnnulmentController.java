package vn.registry.decision.entry;

import java.security.Principal;

import vn.registry.decision.DecisionQueries;
import vn.registry.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /decisions/{id}/annul}: a clerk marks a decision as entered by mistake, with a reason. */
@Controller
class AnnulmentController {

	static final String VIEW = "decision/annul";

	static final int MAX_REASON = 1000;

	private final Annulments annulments;

	private final DecisionQueries decisions;

	AnnulmentController(Annulments annulments, DecisionQueries decisions) {
		this.annulments = annulments;
		this.decisions = decisions;
	}

	private void describe(long id, Model model) {
		model.addAttribute("decision", decisions.find(id).orElseThrow(NotFoundException::new));
		model.addAttribute("version", decisions.record(id).orElseThrow(NotFoundException::new).version());
	}

	@GetMapping("/decisions/{id}/annul")
	String form(@PathVariable long id, Model model) {
		describe(id, model);
		model.addAttribute("reason", "");
		return VIEW;
	}

	@PostMapping("/decisions/{id}/annul")
	String annul(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			Principal user, Model model, RedirectAttributes redirect) {
		String error = null;
		if (reason.isBlank()) {
			error = "annul.error.reasonRequired";
		}
		else if (reason.length() > MAX_REASON) {
			error = "form.error.tooLong";
		}
		else {
			try {
				switch (annulments.annul(id, version, reason, user.getName())) {
					case DONE -> {
						redirect.addFlashAttribute("message", "annul.done");
						return "redirect:/decisions/" + id;
					}
					case NOT_LATEST -> error = "annul.error.notLatest";
					case ALREADY -> error = "annul.error.already";
				}
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				error = "form.error.stale";
			}
		}
		describe(id, model);
		model.addAttribute("reason", reason);
		model.addAttribute("error", error);
		return VIEW;
	}

}
