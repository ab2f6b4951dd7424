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

	MeetingController(MeetingQueries meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("meeting", meetings.detail(id).orElseThrow(NotFoundException::new));
		model.addAttribute("today", LocalDate.now(clock));
		return DETAIL_VIEW;
	}

	@GetMapping("/api/meetings/{id}")
	@ResponseBody
	MeetingDetail api(@PathVariable long id) {
		return meetings.detail(id).orElseThrow(NotFoundException::new);
	}

}
