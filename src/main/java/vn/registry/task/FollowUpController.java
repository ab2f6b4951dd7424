package vn.registry.task;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.registry.locality.Localities;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Following up what was assigned: {@code /follow-up} per committee, agency, province and state
 * (open, due soon, late, done), the same as CSV, and {@code /follow-up/provinces}: per province
 * the late tasks and the committees that have not met as often as they say they would.
 */
@Controller
class FollowUpController {

	static final String LIST_VIEW = "task/follow-up";

	static final String PROVINCES_VIEW = "task/provinces";

	private final FollowUpQueries queries;

	private final Localities localities;

	private final MessageSource messages;

	private final Clock clock;

	FollowUpController(FollowUpQueries queries, Localities localities, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.localities = localities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/follow-up")
	String list(FollowUpFilter filter, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<FollowUpRow> rows = queries.tasks(filter, today);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("limited", rows.size() == FollowUpQueries.LIMIT);
		model.addAttribute("today", today);
		model.addAttribute("states", FollowUpFilter.State.values());
		model.addAttribute("provinces", localities.provinces(vn.registry.locality.Structure.FROM_2025));
		model.addAttribute("committeeName", filter.committee() == null ? null : queries.committeeName(filter.committee()));
		return LIST_VIEW;
	}

	@GetMapping(value = "/follow-up.csv")
	ResponseEntity<byte[]> csv(FollowUpFilter filter, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		String csv = FollowUpCsv.write(queries.tasks(filter, today), today,
				key -> messages.getMessage(key, null, locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("nhiem-vu-" + today + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/follow-up/provinces")
	String provinces(Model model) {
		model.addAttribute("provinces", queries.provinces(LocalDate.now(clock)));
		return PROVINCES_VIEW;
	}

}
