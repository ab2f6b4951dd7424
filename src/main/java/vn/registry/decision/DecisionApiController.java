package vn.registry.decision;

import java.util.List;

import vn.registry.roster.SeatView;
import vn.registry.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One decision as JSON: what the decision page shows, its source and the seats it appointed. */
@RestController
class DecisionApiController {

	private final DecisionQueries decisions;

	DecisionApiController(DecisionQueries decisions) {
		this.decisions = decisions;
	}

	@GetMapping("/api/decisions/{id}")
	DecisionDocument decision(@PathVariable long id) {
		return new DecisionDocument(decisions.find(id).orElseThrow(NotFoundException::new),
				decisions.seatsAppointedBy(id));
	}

	record DecisionDocument(DecisionSummary decision, List<SeatView> seats) {
	}

}
