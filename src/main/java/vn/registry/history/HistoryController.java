package vn.registry.history;

import java.util.List;

import vn.registry.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A committee's history: every change to it, its seats, decisions, tasks and working groups. */
@Controller
class HistoryController {

	static final String VIEW = "history/committee";

	private final HistoryQueries history;

	private final JdbcClient jdbc;

	HistoryController(HistoryQueries history, JdbcClient jdbc) {
		this.history = history;
		this.jdbc = jdbc;
	}

	@GetMapping("/committees/{id}/history")
	String committee(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		String name = jdbc.sql("SELECT name FROM committee WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		int current = Math.max(page, 1);
		List<HistoryQueries.Change> changes = history.forCommittee(id, current);
		model.addAttribute("committeeId", id);
		model.addAttribute("committeeName", name);
		model.addAttribute("changes", changes.subList(0, Math.min(changes.size(), HistoryQueries.PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", changes.size() > HistoryQueries.PAGE_SIZE);
		return VIEW;
	}

}
