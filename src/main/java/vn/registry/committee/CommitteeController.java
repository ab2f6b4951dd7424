package vn.registry.committee;

import java.time.Clock;
import java.time.LocalDate;

import vn.registry.locality.Level;
import vn.registry.locality.Localities;
import vn.registry.system.Dates;
import vn.registry.system.NotFoundException;

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

	/** {@code ?on=} as a person types it (dd/MM/yyyy) or as the API and older links give it (ISO). */
	@GetMapping("/committees/{id}")
	String detail(@PathVariable long id, java.security.Principal user, @RequestParam(required = false) String on,
			@RequestParam(required = false) Integer below, Model model) {
		boolean historical = on != null && !on.isBlank();
		LocalDate asOf = historical ? Dates.parseAddress(on) : LocalDate.now(clock);
		CommitteeDetail committee = committees.detail(id, asOf).orElseThrow(NotFoundException::new);
		if (committee.status() == CommitteeStatus.ANNULLED && user == null) {
			throw new NotFoundException();
		}
		model.addAttribute("committee", committee);
		model.addAttribute("historical", historical);
		model.addAttribute("print", RosterPrint.of(committee, LocalDate.now(clock)));
		model.addAttribute("hierarchy", hierarchy.of(id, historical ? asOf : null, below));
		return DETAIL_VIEW;
	}

}
