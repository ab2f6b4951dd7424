package vn.registry.locality;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrative units by part of their name, for the decision form's picker. */
@RestController
class UnitApiController {

	private final Localities localities;

	UnitApiController(Localities localities) {
		this.localities = localities;
	}

	@GetMapping("/api/units")
	List<UnitOption> search(@RequestParam(defaultValue = "") String q) {
		return localities.search(q, 20);
	}

}
