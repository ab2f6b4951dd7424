package vn.registry.committee;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A clerk records that another committee replaced this one (ghi nhận Ban Chỉ đạo kế thừa). */
public class SuccessorForm {

	private Long version;

	@Size(max = 150, message = "{form.error.tooLong}")
	private String query;

	@NotNull(message = "{successor.error.required}")
	private Long successorId;

	@NotNull(message = "{form.error.required}")
	@PastOrPresent(message = "{decision.error.signedInFuture}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate effectiveOn;

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getQuery() { return query; }
	public void setQuery(String query) { this.query = query; }
	public Long getSuccessorId() { return successorId; }
	public void setSuccessorId(Long successorId) { this.successorId = successorId; }
	public LocalDate getEffectiveOn() { return effectiveOn; }
	public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }

}
