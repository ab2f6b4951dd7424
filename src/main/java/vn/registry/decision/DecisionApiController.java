package vn.registry.decision;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.registry.api.ApiPage;
import vn.registry.roster.SeatView;
import vn.registry.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Decisions for other systems: the decision list and one decision, as JSON. */
@RestController
@RequestMapping("/api/decisions")
@Tag(name = "Decisions", description = "Establishment, consolidation, member changes and dissolution decisions")
class DecisionApiController {

	private final DecisionQueries decisions;

	DecisionApiController(DecisionQueries decisions) {
		this.decisions = decisions;
	}

	@GetMapping
	@Operation(summary = "Decisions, newest first", description = "Filtered by type (establish, consolidate, ...), "
			+ "year signed and issuer (part of its name, diacritics optional); 20 a page.")
	ApiPage<DecisionSummary> list(DecisionFilter filter) {
		return ApiPage.of(decisions.list(filter));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One decision, with its source and the seats it appointed")
	DecisionDocument detail(@PathVariable long id) {
		return new DecisionDocument(decisions.find(id).orElseThrow(NotFoundException::new),
				decisions.seatsAppointedBy(id));
	}

	/** A decision and the seats it appointed. */
	record DecisionDocument(DecisionSummary decision, List<SeatView> seats) {
	}

}
