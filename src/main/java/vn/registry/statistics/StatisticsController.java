package vn.registry.statistics;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** /statistics: tables first (they print and read aloud), an SVG chart beside the months' table. */
@Controller
@Tag(name = "Statistics", description = "Committees by province and level, coverage, establishments by month")
class StatisticsController {

	private final StatisticsQueries statistics;

	private final Clock clock;

	StatisticsController(StatisticsQueries statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(required = false) String provinces, Model model) {
		model.addAttribute("stats", statistics.on(LocalDate.now(clock), "63".equals(provinces)));
		return "statistics/page";
	}

	@GetMapping("/api/statistics")
	@ResponseBody
	@Operation(summary = "The registry's figures today", description = "provinces=63 counts by the 63 provinces "
			+ "before the 2025 reform instead of today's 34.")
	Statistics api(@RequestParam(required = false) String provinces) {
		return statistics.on(LocalDate.now(clock), "63".equals(provinces));
	}

}
