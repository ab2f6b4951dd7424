package vn.registry.meeting;

import java.time.Clock;
import java.time.LocalDate;

import vn.registry.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** A meeting's page at {@code /meetings/{id}}, and the same as JSON at {@code /api/meetings/{id}}. */
@Controller
class MeetingController {

	static final String DETAIL_VIEW = "meeting/detail";

	private final MeetingQueries meetings;

	private final Clock clock;

	private final MeetingFiles files;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	MeetingController(MeetingQueries meetings, Clock clock, MeetingFiles files,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.meetings = meetings;
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("meeting", meetings.detail(id).orElseThrow(NotFoundException::new));
		model.addAttribute("today", LocalDate.now(clock));
		return DETAIL_VIEW;
	}

	/** The conclusions notice's PDF, under the name it was uploaded with. */
	@GetMapping("/meetings/{id}/conclusions.pdf")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> pdf(@PathVariable long id) {
		record Stored(String conclusionPdfFile, String conclusionPdfName) {
		}
		Stored stored = jdbc.sql("SELECT conclusion_pdf_file, conclusion_pdf_name FROM meeting WHERE id = :id AND conclusion_pdf_file IS NOT NULL")
			.param("id", id).query(Stored.class).optional().orElseThrow(NotFoundException::new);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.inline().filename(stored.conclusionPdfName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new org.springframework.core.io.FileSystemResource(files.path(stored.conclusionPdfFile())));
	}

	@GetMapping("/api/meetings/{id}")
	@ResponseBody
	MeetingDetail api(@PathVariable long id) {
		return meetings.detail(id).orElseThrow(NotFoundException::new);
	}

}
