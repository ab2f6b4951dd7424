package vn.registry.committee;

import java.time.LocalDate;

import vn.registry.locality.Level;

/** One line of the committee list. */
public record CommitteeRow(long id, String name, CommitteeStatus status, String unitName, Level level,
		String provinceName, String headName, String headPosition, Long latestDecisionId, String latestNumberSymbol,
		String latestStatedNumber, LocalDate latestSignedOn, boolean latestSignedYearInferred, LocalDate latestAdoptedOn,
		int seatsListed, Integer unlistedMemberCount, Integer declaredMemberCount) {

	public int seatsKnown() {
		return seatsListed + (unlistedMemberCount == null ? 0 : unlistedMemberCount);
	}

}
