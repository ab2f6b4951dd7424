package vn.registry.popolo;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole registry in the Popolo standard. */
@Controller
@Tag(name = "Popolo", description = "The whole registry as organizations, posts, memberships, persons and events")
class PopoloController {

	private final PopoloExport export;

	PopoloController(PopoloExport export) {
		this.export = export;
	}

	@GetMapping(value = "/api/popolo.json", produces = "application/json")
	@Operation(summary = "The whole registry in the Popolo data standard",
			description = "Committees and working groups as organizations, seats as posts and memberships, named "
					+ "holders as persons (by folded name), decisions as events; each with its sources.")
	void popolo(HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		export.write(response.getOutputStream());
	}

}
