package vn.registry.task;

import java.security.Principal;

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

/**
 * Clerks correct a task's particulars (typing slips) at {@code /tasks/{id}/edit}; the change-log
 * trigger keeps what it said before. Status and progress are reported, not corrected, here.
 */
@Controller
class TaskCorrectionController {

	static final String FORM_VIEW = "task/correct";

	private final TaskCorrections corrections;

	TaskCorrectionController(TaskCorrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/tasks/{id}/edit")
	String start(@PathVariable long id, Model model) {
		return show(id, corrections.form(id).orElseThrow(NotFoundException::new), model);
	}

	@PostMapping("/tasks/{id}/edit")
	String correct(@PathVariable long id, @Valid @ModelAttribute("form") TaskCorrectionForm form, BindingResult result,
			Principal user, Model model, RedirectAttributes redirect) {
		if (form.getText() == null || form.getText().isBlank()) {
			result.rejectValue("text", "form.error.required");
		}
		if (result.hasErrors()) {
			return show(id, form, model);
		}
		TaskCorrections.Origin origin = corrections.origin(id).orElseThrow(NotFoundException::new);
		if (!corrections.correct(origin, form, user.getName())) {
			result.reject("form.error.stale");
			return show(id, form, model);
		}
		redirect.addFlashAttribute("message", "taskEdit.saved");
		return "redirect:" + origin.page();
	}

	private String show(long id, TaskCorrectionForm form, Model model) {
		model.addAttribute("origin", corrections.origin(id).orElseThrow(NotFoundException::new));
		model.addAttribute("form", form);
		return FORM_VIEW;
	}

}
