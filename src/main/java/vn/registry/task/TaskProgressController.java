package vn.registry.task;

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

/** Clerks report progress on an assigned task at {@code /tasks/{id}/progress/new}. */
@Controller
class TaskProgressController {

	static final String FORM_VIEW = "task/progress";

	private final TaskProgress progress;

	private final Clock clock;

	TaskProgressController(TaskProgress progress, Clock clock) {
		this.progress = progress;
		this.clock = clock;
	}

	@GetMapping("/tasks/{id}/progress/new")
	String start(@PathVariable long id, Model model) {
		ProgressForm form = new ProgressForm();
		form.setReportedOn(LocalDate.now(clock));
		form.setStatus(TaskStatus.IN_PROGRESS);
		return show(id, form, model);
	}

	@PostMapping("/tasks/{id}/progress/new")
	String report(@PathVariable long id, @Valid @ModelAttribute("form") ProgressForm form, BindingResult result,
			Principal user, Model model, RedirectAttributes redirect) {
		TaskProgress.TaskRef task = progress.find(id).orElseThrow(NotFoundException::new);
		if (form.getReportedOn() != null && form.getReportedOn().isAfter(LocalDate.now(clock))) {
			result.rejectValue("reportedOn", "task.error.future");
		}
		if (result.hasErrors()) {
			return show(id, form, model);
		}
		progress.report(task, form, user.getName());
		redirect.addFlashAttribute("message", "task.progress.saved");
		return "redirect:" + task.page();
	}

	private String show(long id, ProgressForm form, Model model) {
		model.addAttribute("task", progress.find(id).orElseThrow(NotFoundException::new));
		model.addAttribute("form", form);
		model.addAttribute("statuses", TaskStatus.values());
		return FORM_VIEW;
	}

}
