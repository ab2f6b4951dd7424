package vn.registry.task;

import java.security.Principal;
import java.util.List;

import vn.registry.meeting.TaskRow;
import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clerks record the tasks a decision assigned at {@code /decisions/{id}/tasks/new}. Works without
 * JavaScript: the row buttons submit the form, which comes back with nothing lost.
 */
@Controller
class DecisionTaskController {

	static final String FORM_VIEW = "task/decision-form";

	private final DecisionTasks tasks;

	private final SmartValidator beanValidator;

	DecisionTaskController(DecisionTasks tasks, SmartValidator beanValidator) {
		this.tasks = tasks;
		this.beanValidator = beanValidator;
	}

	@GetMapping("/decisions/{id}/tasks/new")
	String start(@PathVariable long id, Model model) {
		DecisionTaskForm form = new DecisionTaskForm();
		form.getTasks().add(new TaskRow());
		return show(id, form, model);
	}

	@PostMapping("/decisions/{id}/tasks/new")
	String submit(@PathVariable long id, @ModelAttribute("form") DecisionTaskForm form, BindingResult result,
			@RequestParam(required = false) String action, Principal user, Model model, RedirectAttributes redirect) {
		if (applyRowAction(form.getTasks(), action)) {
			return show(id, form, model);
		}
		beanValidator.validate(form, result);
		validate(form, result);
		if (result.hasErrors()) {
			return show(id, form, model);
		}
		DecisionTasks.DecisionRef decision = tasks.decision(id).orElseThrow(NotFoundException::new);
		tasks.record(decision, form.filledTasks(), user.getName());
		redirect.addFlashAttribute("message", "decisionTask.saved");
		return "redirect:/decisions/" + id;
	}

	/** "add:tasks" adds a row, "remove:tasks:N" removes row N; anything else is not a row button. */
	private static boolean applyRowAction(List<TaskRow> rows, String action) {
		if ("add:tasks".equals(action)) {
			rows.add(new TaskRow());
			return true;
		}
		if (action != null && action.matches("remove:tasks:\\d{1,3}")) {
			int index = Integer.parseInt(action.substring("remove:tasks:".length()));
			if (index < rows.size()) {
				rows.remove(index);
			}
			return true;
		}
		return false;
	}

	private static void validate(DecisionTaskForm form, BindingResult result) {
		if (form.getTasks().isEmpty()) {
			form.getTasks().add(new TaskRow());
		}
		if (form.filledTasks().isEmpty()) {
			result.rejectValue("tasks[0].text", "decisionTask.error.none");
		}
		for (int i = 0; i < form.getTasks().size(); i++) {
			TaskRow task = form.getTasks().get(i);
			if (!task.isBlank() && (task.getText() == null || task.getText().isBlank())) {
				result.rejectValue("tasks[" + i + "].text", "form.error.required");
			}
		}
	}

	private String show(long id, DecisionTaskForm form, Model model) {
		model.addAttribute("decision", tasks.decision(id).orElseThrow(NotFoundException::new));
		model.addAttribute("form", form);
		return FORM_VIEW;
	}

}
