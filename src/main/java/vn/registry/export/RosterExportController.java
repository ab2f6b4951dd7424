package vn.registry.export;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import vn.registry.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A committee's roster on a date (today unless {@code on}) as XLSX and as a PDF under the national heading. */
@Controller
class RosterExportController {

	private final TableStreams streams;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	RosterExportController(TableStreams streams, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.streams = streams;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export/committees/{id}/roster.xlsx")
	void xlsx(@PathVariable long id, @RequestParam(required = false) String on,
			Locale locale, HttpServletResponse response) throws IOException {
		committee(id);
		ExportFormat format = ExportFormat.XLSX;
		ExportController.prepare(response, format.contentType(), format.fileName("roster-" + id));
		try (TableWriter table = TableWriter.open(format, "roster", response.getOutputStream())) {
			streams.write(RosterSql.SEATS, Map.of("id", id, "on", day(on)), table, locale);
		}
	}

	@GetMapping("/export/committees/{id}/roster.pdf")
	void pdf(@PathVariable long id, @RequestParam(required = false) String on,
			Locale locale, HttpServletResponse response) throws IOException {
		Map<String, Object> committee = committee(id);
		LocalDate day = day(on);
		List<String> decisions = jdbc.sql(RosterSql.DECISIONS).param("id", id).param("on", day)
			.query((rs, n) -> rs.getString("number")).list().stream().filter(number -> !number.isEmpty()).toList();
		List<RosterPdf.Line> lines = jdbc.sql(RosterSql.SEATS).param("id", id).param("on", day)
			.query((rs, n) -> new RosterPdf.Line(rs.getString("number"), rs.getString("role_name"),
					text(rs.getString("full_name"), locale), text(rs.getString("position"), locale),
					text(rs.getString("decision_number"), locale)))
			.list();
		RosterPdf.Text text = new RosterPdf.Text(message("export.pdf.nation", locale), message("export.pdf.motto", locale),
				message("export.pdf.title", locale), message("export.pdf.asOf", locale),
				message("export.pdf.decisions", locale),
				List.of("#", message("roster.role", locale), message("export.column.full_name", locale),
						message("export.column.position", locale), message("export.column.decision_number", locale)));
		ExportController.prepare(response, "application/pdf", "roster-" + id + ".pdf");
		RosterPdf.write(response.getOutputStream(), text, (String) committee.get("name"),
				(String) committee.get("unit_name"), day, decisions.isEmpty() ? List.of(text(null, locale)) : decisions, lines);
	}

	private Map<String, Object> committee(long id) {
		return jdbc.sql(RosterSql.COMMITTEE).param("id", id).query().listOfRows().stream().findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** {@code ?on=} as on the committee page: dd/MM/yyyy or ISO; today without it. */
	private LocalDate day(String on) {
		return on == null || on.isBlank() ? LocalDate.now(clock) : vn.registry.system.Dates.parseAddress(on);
	}

	private String text(String value, Locale locale) {
		return value != null ? value : message("value.unknown", locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
