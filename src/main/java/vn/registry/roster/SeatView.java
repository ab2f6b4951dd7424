package vn.registry.roster;

import java.time.LocalDate;
import java.util.Locale;

/** A seat as a roster shows it: the name is often not stated, the post always is. */
public record SeatView(long id, String roleCode, String roleName, String roleNameEn, int roleRank,
		String fullName, String position, String agency, LocalDate startOn, LocalDate endOn, Long sourceId,
		Long decisionId, String decisionNumber) {

	/** Roles are data (administrators add them), so their two names live in the database. */
	public String roleName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? roleNameEn : roleName;
	}

	/** How a list names the holder: the name where stated, else the post. */
	public String holder() {
		return fullName != null ? fullName : position;
	}

}
