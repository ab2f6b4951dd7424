package vn.registry.people;

import vn.registry.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PeopleController {

	static final String LIST_VIEW = "people/list";

	static final String PERSON_VIEW = "people/person";

	private final PeopleQueries people;

	PeopleController(PeopleQueries people) {
		this.people = people;
	}

	@GetMapping("/people")
	String list(PeopleFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", people.search(filter));
		return LIST_VIEW;
	}

	@GetMapping("/people/{slug}")
	String person(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
		String key = PersonKey.fromSlug(slug);
		int pageNumber = page == null || page < 1 ? 1 : Math.min(page, PeopleFilter.MAX_PAGE);
		Page<PersonSeat> seats = key == null ? Page.empty() : people.person(key, pageNumber);
		if (seats.isEmpty() && pageNumber == 1) {
			throw new NotFoundException();
		}
		model.addAttribute("seats", seats);
		model.addAttribute("page", seats);
		model.addAttribute("name", seats.getContent().isEmpty() ? key : seats.getContent().get(0).fullName());
		return PERSON_VIEW;
	}

}
