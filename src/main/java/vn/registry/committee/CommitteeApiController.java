package vn.registry.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.registry.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry for other systems: the same data as the pages, as JSON. */
@RestController
@RequestMapping("/api/committees")
class CommitteeApiController {

	private final CommitteeQueries committees;

	private final Clock clock;

	CommitteeApiController(CommitteeQueries committees, Clock clock) {
		this.committees = committees;
		this.clock = clock;
	}

	@GetMapping
	CommitteePage list(CommitteeFilter filter) {
		Page<CommitteeRow> page = committees.list(filter, LocalDate.now(clock));
		return new CommitteePage(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

	@GetMapping("/{id}")
	CommitteeDetail detail(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return committees.detail(id, on == null ? LocalDate.now(clock) : on).orElseThrow(NotFoundException::new);
	}

	/** A page of committees; {@code page} counts from 1, as in the list's addresses. */
	record CommitteePage(List<CommitteeRow> items, int page, int size, long totalItems, int totalPages) {
	}

}
