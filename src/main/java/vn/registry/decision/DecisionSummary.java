package vn.registry.decision;

import java.time.LocalDate;

/**
 * A decision as lists and timelines show it. Anything a source does not state is null:
 * {@code numberSymbol} ("4268/QĐ-UBND") when known in full, else perhaps {@code statedNumber}
 * (a source that says only "Quyết định 701"); {@code adoptedOn} is the meeting that adopted a
 * decision whose signing date is unknown. {@code sourceId} is a source document (seeded);
 * {@code sourceNote} is where the clerk who entered the decision says it comes from.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "Decision", description = "A decision about a committee: its "
		+ "number (numberSymbol, or statedNumber where a source names only part of it), type, date and issuer.")
public record DecisionSummary(long id, DecisionType type, String numberSymbol, String statedNumber,
		LocalDate signedOn, boolean signedYearInferred, LocalDate adoptedOn, String issuer, String signer,
		String summary, LocalDate effectiveOn, Long sourceId, long committeeId, String committeeName,
		String sourceNote) {

	public boolean hasSource() {
		return sourceId != null || sourceNote != null;
	}

}
