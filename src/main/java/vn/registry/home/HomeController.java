package vn.registry.home;

import java.time.Clock;
import java.time.LocalDate;

import vn.registry.decision.DecisionQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final HomeQueries home;

	private final DecisionQueries decisions;

	private final Clock clock;

	HomeController(HomeQueries home, DecisionQueries decisions, Clock clock) {
		this.home = home;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("counts", home.counts(LocalDate.now(clock)));
		model.addAttribute("latestDecisions", decisions.latest(5));
		return VIEW;
	}

}
