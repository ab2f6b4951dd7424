package vn.registry.history;

import java.util.List;
import java.util.Locale;

import vn.registry.history.HistoryQueries.LoggedChange;
import vn.registry.system.NotFoundException;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A committee's history: every change to it, its seats, decisions, tasks and working groups, told
 * as sentences, newest first, {@value #PAGE_SIZE} changes a page.
 */
@Controller
class HistoryController {

	static final String VIEW = "history/committee";

	static final int PAGE_SIZE = 20;

	private final HistoryQueries history;

	private final HistoryNarrator narrator;

	HistoryController(HistoryQueries history, HistoryNarrator narrator) {
		this.history = history;
		this.narrator = narrator;
	}

	@GetMapping("/committees/{id}/history")
	String committee(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
		String name = history.committeeName(id).orElseThrow(NotFoundException::new);
		// The offset is a long: page 2147483647 is past the end, not an overflow.
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
		List<LoggedChange> rows = history.changes(id, request.getOffset(), PAGE_SIZE);
		long total = !rows.isEmpty() ? rows.get(0).total() : request.getOffset() == 0 ? 0 : history.count(id);
		model.addAttribute("committeeId", id);
		model.addAttribute("committeeName", name);
		model.addAttribute("entries", narrator.tell(rows, locale));
		model.addAttribute("page", new PageImpl<>(rows, request, total));
		return VIEW;
	}

}
