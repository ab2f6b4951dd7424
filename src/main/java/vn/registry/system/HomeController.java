package vn.registry.system;

import java.time.Clock;
import java.time.LocalDate;

import vn.registry.decision.DecisionQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final JdbcClient jdbc;

	private final DecisionQueries decisions;

	private final Clock clock;

	HomeController(JdbcClient jdbc, DecisionQueries decisions, Clock clock) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("counts", jdbc.sql("""
				SELECT (SELECT count(*) FROM committee) AS committees,
				       (SELECT count(DISTINCT u.province_id) FROM committee c
				            JOIN administrative_unit u ON u.id = c.unit_id) AS provinces,
				       (SELECT count(*) FROM seat WHERE end_on IS NULL OR end_on > :today) AS seats,
				       (SELECT count(*) FROM decision) AS decisions""")
			.param("today", LocalDate.now(clock))
			.query(Counts.class).single());
		model.addAttribute("latestDecisions", decisions.latest(5));
		return VIEW;
	}

	record Counts(long committees, long provinces, long seats, long decisions) {
	}

}
