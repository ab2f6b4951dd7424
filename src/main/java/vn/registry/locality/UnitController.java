package vn.registry.locality;

import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /units/{id}}: an administrative unit, its period, lineage and committees. */
@Controller
class UnitController {

	static final String VIEW = "unit/detail";

	private final UnitQueries units;

	UnitController(UnitQueries units) {
		this.units = units;
	}

	@GetMapping("/units/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", units.detail(id).orElseThrow(NotFoundException::new));
		return VIEW;
	}

}
