package vn.registry.export;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import vn.registry.committee.CommitteeExportSql;
import vn.registry.committee.CommitteeFilter;
import vn.registry.decision.DecisionFilter;
import vn.registry.decision.DecisionQueries;
import vn.registry.people.PeopleFilter;
import vn.registry.people.PeopleQueries;
import vn.registry.statistics.StatisticsQueries;
import vn.registry.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every list to take away, with the list's own filters, as CSV or XLSX: written while the rows are
 * read, never held whole. Under /export/, outside the page cache, which keeps whole bodies.
 */
@Controller
class ExportController {

	private final TableStreams streams;

	ExportController(TableStreams streams) {
		this.streams = streams;
	}

	@GetMapping("/export/committees")
	void committees(CommitteeFilter filter, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		Map<String, Object> params = new LinkedHashMap<>();
		send(CommitteeExportSql.sql(filter, params), params, format, "committees", locale, response);
	}

	@GetMapping("/export/decisions")
	void decisions(DecisionFilter filter, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		Map<String, Object> params = new LinkedHashMap<>();
		send(DecisionQueries.exportSql(filter, params), params, format, "decisions", locale, response);
	}

	@GetMapping("/export/people")
	void people(PeopleFilter filter, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		Map<String, Object> params = new LinkedHashMap<>();
		send(PeopleQueries.exportSql(filter, params), params, format, "people", locale, response);
	}

	@GetMapping("/export/coverage")
	void coverage(@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		send(StatisticsQueries.uncoveredSql(), Map.of(), format, "communes-without-committee", locale, response);
	}

	void send(String sql, Map<String, ?> params, String formatParam, String name, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.fromParam(formatParam).orElseThrow(NotFoundException::new);
		prepare(response, format.contentType(), format.fileName(name));
		try (TableWriter table = TableWriter.open(format, name, response.getOutputStream())) {
			streams.write(sql, params, table, locale);
		}
	}

	static void prepare(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
