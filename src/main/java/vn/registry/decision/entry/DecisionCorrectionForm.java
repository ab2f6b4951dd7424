package vn.registry.decision.entry;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A typing slip in a decision, corrected. Unlike a new decision, particulars may stay unknown:
 * seeded history often lacks a number or a date.
 */
public class DecisionCorrectionForm {

	private Long version;

	@Size(max = 50, message = "{form.error.tooLong}")
	private String numberSymbol;

	@PastOrPresent(message = "{decision.error.signedInFuture}")
	@DateTimeFormat(pattern = DecisionForm.DATE_PATTERN)
	private LocalDate signedOn;

	@DateTimeFormat(pattern = DecisionForm.DATE_PATTERN)
	private LocalDate effectiveOn;

	@Size(max = 200, message = "{form.error.tooLong}")
	private String issuer;

	@Size(max = 200, message = "{form.error.tooLong}")
	private String signer;

	@Size(max = 1000, message = "{form.error.tooLong}")
	private String summary;

	@Size(max = 1000, message = "{form.error.tooLong}")
	private String sourceNote;

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getNumberSymbol() { return numberSymbol; }
	public void setNumberSymbol(String numberSymbol) { this.numberSymbol = numberSymbol; }
	public LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
	public LocalDate getEffectiveOn() { return effectiveOn; }
	public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
	public String getIssuer() { return issuer; }
	public void setIssuer(String issuer) { this.issuer = issuer; }
	public String getSigner() { return signer; }
	public void setSigner(String signer) { this.signer = signer; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getSourceNote() { return sourceNote; }
	public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }

}
