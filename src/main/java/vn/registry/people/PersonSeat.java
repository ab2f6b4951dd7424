package vn.registry.people;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

/** One seat of a person or a post: on which committee, in which role, when and under which decision. */
@Schema(name = "Seat", description = "One seat of a person or a post: committee, role, period and the decision "
		+ "that appointed it. personKey is the folded name, the only way people are told apart.")
public record PersonSeat(long seatId, String fullName, String personKey, String position, String agency,
		String roleName, String roleNameEn, long committeeId, String committeeName, String unitName,
		boolean workingGroup, LocalDate startOn, LocalDate endOn, Long decisionId, String decisionNumber) {

	public String roleName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? roleNameEn : roleName;
	}

	/** The person page's address part: the folded name, words joined by hyphens. */
	public String personSlug() {
		return personKey == null ? null : PersonKey.slug(personKey);
	}

}
