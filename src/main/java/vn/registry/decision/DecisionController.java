package vn.registry.decision;

import vn.registry.system.NotFoundException;
import vn.registry.task.DecisionTasks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DecisionController {

	static final String LIST_VIEW = "decision/list";

	static final String DETAIL_VIEW = "decision/detail";

	private final DecisionQueries decisions;

	private final DecisionTasks tasks;

	DecisionController(DecisionQueries decisions, DecisionTasks tasks) {
		this.decisions = decisions;
		this.tasks = tasks;
	}

	@GetMapping("/decisions")
	String list(DecisionFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", decisions.list(filter));
		model.addAttribute("types", DecisionType.values());
		return LIST_VIEW;
	}

	@GetMapping("/decisions/{id}")
	String detail(@PathVariable long id, java.security.Principal user, Model model) {
		DecisionQueries.Entry entry = decisions.entry(id).orElseThrow(NotFoundException::new);
		model.addAttribute("decision", entry.decision());
		DecisionQueries.DecisionRecord record = entry.record();
		if (record != null && record.annulled() && user == null) {
			throw new NotFoundException(); // entered by mistake: kept for clerks and the history, not for readers
		}
		model.addAttribute("seats", decisions.seatsAppointedBy(id));
		model.addAttribute("record", record);
		model.addAttribute("changes", decisions.changes(record));
		model.addAttribute("decisionTasks", tasks.of(id));
		return DETAIL_VIEW;
	}

}
