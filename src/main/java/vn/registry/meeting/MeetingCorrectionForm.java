package vn.registry.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A correction of a meeting's particulars (typing slips); kept in the history with the version before. */
public class MeetingCorrectionForm {

	@NotNull
	private Long version;

	@NotNull(message = "{form.error.required}")
	@DateTimeFormat(pattern = MeetingForm.DATE_PATTERN)
	private LocalDate heldOn;

	@Positive(message = "{form.error.positive}")
	@Max(value = 999, message = "{form.error.tooLarge}")
	private Integer ordinal;

	@NotBlank(message = "{form.error.required}")
	@Size(max = 300, message = "{form.error.tooLong}")
	private String title;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String chairedBy;

	@Size(max = 5000, message = "{form.error.tooLong}")
	private String agenda;

	@Size(max = 20000, message = "{form.error.tooLong}")
	private String conclusions;

	@Size(max = 50, message = "{form.error.tooLong}")
	private String conclusionNumber;

	@DateTimeFormat(pattern = MeetingForm.DATE_PATTERN)
	private LocalDate conclusionSignedOn;

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
	public Integer getOrdinal() { return ordinal; }
	public void setOrdinal(Integer ordinal) { this.ordinal = ordinal; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getChairedBy() { return chairedBy; }
	public void setChairedBy(String chairedBy) { this.chairedBy = chairedBy; }
	public String getAgenda() { return agenda; }
	public void setAgenda(String agenda) { this.agenda = agenda; }
	public String getConclusions() { return conclusions; }
	public void setConclusions(String conclusions) { this.conclusions = conclusions; }
	public String getConclusionNumber() { return conclusionNumber; }
	public void setConclusionNumber(String conclusionNumber) { this.conclusionNumber = conclusionNumber; }
	public LocalDate getConclusionSignedOn() { return conclusionSignedOn; }
	public void setConclusionSignedOn(LocalDate conclusionSignedOn) { this.conclusionSignedOn = conclusionSignedOn; }

}
