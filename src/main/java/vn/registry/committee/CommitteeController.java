package vn.registry.committee;

import java.time.Clock;
import java.time.LocalDate;

import vn.registry.locality.Level;
import vn.registry.locality.Localities;
import vn.registry.system.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CommitteeController {

	static final String LIST_VIEW = "committee/list";

	static final String DETAIL_VIEW = "committee/detail";

	private final CommitteeQueries committees;

	private final Localities localities;

	private final Clock clock;

	private final HierarchyQueries hierarchy;

	CommitteeController(CommitteeQueries committees, Localities localities, Clock clock, HierarchyQueries hierarchy) {
		this.committees = committees;
		this.localities = localities;
		this.clock = clock;
		this.hierarchy = hierarchy;
	}

	@GetMapping("/committees")
	String list(CommitteeFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", committees.list(filter, LocalDate.now(clock)));
		model.addAttribute("levels", Level.values());
		model.addAttribute("provinces", localities.provinces(filter.structureValue()));
		return LIST_VIEW;
	}

	@GetMapping("/committees/{id}")
	String detail(@PathVariable long id, java.security.Principal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer below, Model model) {
		CommitteeDetail committee = committees.detail(id, on == null ? LocalDate.now(clock) : on)
			.orElseThrow(NotFoundException::new);
		if (committee.status() == CommitteeStatus.ANNULLED && user == null) {
			throw new NotFoundException();
		}
		model.addAttribute("committee", committee);
		model.addAttribute("historical", on != null);
		model.addAttribute("hierarchy", hierarchy.of(id, on, below));
		return DETAIL_VIEW;
	}

}
