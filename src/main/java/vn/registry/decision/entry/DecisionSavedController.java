package vn.registry.decision.entry;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.registry.decision.Decision;
import vn.registry.decision.DecisionQueries;
import vn.registry.decision.Decisions;
import vn.registry.system.NotFoundException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** After a decision is saved: what it changed; and its signed PDF. */
@Controller
class DecisionSavedController {

	static final String SAVED_VIEW = "decision/saved";

	private final DecisionQueries queries;

	private final Decisions decisions;

	private final DecisionFiles files;

	DecisionSavedController(DecisionQueries queries, Decisions decisions, DecisionFiles files) {
		this.queries = queries;
		this.decisions = decisions;
		this.files = files;
	}

	@GetMapping("/decisions/{id}/saved")
	String saved(@PathVariable long id, Model model) {
		model.addAttribute("decision", queries.find(id).orElseThrow(NotFoundException::new));
		model.addAttribute("changes", queries.changes(id));
		return SAVED_VIEW;
	}

	@GetMapping("/decisions/{id}/pdf")
	ResponseEntity<Resource> pdf(@PathVariable long id) {
		Decision decision = decisions.findById(id).filter(d -> d.getPdfFile() != null).orElseThrow(NotFoundException::new);
		Path path = files.path(decision.getPdfFile());
		if (!Files.isRegularFile(path)) {
			throw new NotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(decision.getPdfName(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.body(new FileSystemResource(path));
	}

}
