package vn.registry.locality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.registry.system.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrative units as JSON: by part of their name as of a day ({@code ?q=ba dinh&on=15/08/2025};
 * today without {@code on}), for the decision form's picker; and one unit with its lineage.
 */
@RestController
class UnitApiController {

	private final Localities localities;

	private final UnitQueries units;

	private final Clock clock;

	UnitApiController(Localities localities, UnitQueries units, Clock clock) {
		this.localities = localities;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/api/units")
	List<UnitOption> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate on) {
		return localities.search(q, on == null ? LocalDate.now(clock) : on, 20);
	}

	@GetMapping("/api/units/{id}")
	UnitDetail detail(@PathVariable long id) {
		return units.detail(id).orElseThrow(NotFoundException::new);
	}

}
