package vn.registry.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import vn.registry.system.NotFoundException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A source and, for the seed articles the registry ships, the article's text as published. */
@Controller
class SourceController {

	static final String VIEW = "source/detail";

	private final JdbcClient jdbc;

	SourceController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/sources/{id}")
	String detail(@PathVariable long id, Model model) throws IOException {
		SourceRef source = jdbc.sql("SELECT id, title, publisher, author, url, published, seed_file FROM source WHERE id = :id")
			.param("id", id)
			.query(SourceRef.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		model.addAttribute("source", source);
		model.addAttribute("text", articleText(source));
		return VIEW;
	}

	@GetMapping(path = "/sources/{id}/text", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> text(@PathVariable long id) throws IOException {
		String seedFile = jdbc.sql("SELECT seed_file FROM source WHERE id = :id AND seed_file IS NOT NULL")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(read(seedFile));
	}

	private static String articleText(SourceRef source) throws IOException {
		return source.seedFile() == null ? null : read(source.seedFile());
	}

	private static String read(String seedFile) throws IOException {
		if (!seedFile.matches("[0-9a-z_]+\\.txt")) {
			throw new NotFoundException();
		}
		ClassPathResource resource = new ClassPathResource("sources/" + seedFile);
		if (!resource.exists()) {
			throw new NotFoundException();
		}
		return resource.getContentAsString(StandardCharsets.UTF_8);
	}

}
