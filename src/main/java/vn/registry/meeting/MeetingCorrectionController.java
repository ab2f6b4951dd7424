package vn.registry.meeting;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clerks correct a meeting's particulars at {@code /meetings/{id}/edit}; the history keeps what it said before. */
@Controller
class MeetingCorrectionController {

	static final String FORM_VIEW = "meeting/correct";

	private final MeetingCorrections corrections;

	private final MeetingQueries meetings;

	private final Clock clock;

	MeetingCorrectionController(MeetingCorrections corrections, MeetingQueries meetings, Clock clock) {
		this.corrections = corrections;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}/edit")
	String start(@PathVariable long id, Model model) {
		return show(id, corrections.form(id).orElseThrow(NotFoundException::new), model);
	}

	@PostMapping("/meetings/{id}/edit")
	String correct(@PathVariable long id, @Valid @ModelAttribute("form") MeetingCorrectionForm form, BindingResult result,
			Principal user, Model model, RedirectAttributes redirect) {
		if (form.getHeldOn() != null && form.getHeldOn().isAfter(LocalDate.now(clock))) {
			result.rejectValue("heldOn", "meeting.error.future");
		}
		if (!ConclusionNumber.isValid(ConclusionNumber.normalise(form.getConclusionNumber()))) {
			result.rejectValue("conclusionNumber", "meeting.error.number");
		}
		if (result.hasErrors()) {
			return show(id, form, model);
		}
		if (!corrections.correct(id, form, user.getName())) {
			result.reject("meeting.error.stale");
			return show(id, form, model);
		}
		redirect.addFlashAttribute("message", "meeting.corrected");
		return "redirect:/meetings/" + id;
	}

	private String show(long id, MeetingCorrectionForm form, Model model) {
		model.addAttribute("meeting", meetings.detail(id).orElseThrow(NotFoundException::new));
		model.addAttribute("form", form);
		return FORM_VIEW;
	}

}
