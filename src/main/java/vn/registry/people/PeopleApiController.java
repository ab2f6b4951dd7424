package vn.registry.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.registry.api.ApiPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who sits where, for other systems. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Seats found by their holder's name or post")
class PeopleApiController {

	private final PeopleQueries people;

	PeopleApiController(PeopleQueries people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "Seats whose holder's name or post holds every word of q",
			description = "Whole words, case and diacritics ignored; people are told apart by name only "
					+ "(no personal identification number exists here); 25 a page.")
	ApiPage<PersonSeat> search(PeopleFilter filter) {
		return ApiPage.of(people.search(filter));
	}

}
