package vn.registry.roster;

import jakarta.validation.constraints.Size;

/** A typing slip in a seat, corrected: the same seat, not a change of member. */
public class SeatCorrectionForm {

	private Long version;

	@Size(max = 150, message = "{form.error.tooLong}")
	private String fullName;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String position;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String agency;

	public SeatHolder holder() {
		return new SeatHolder(fullName, position, agency);
	}

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getPosition() { return position; }
	public void setPosition(String position) { this.position = position; }
	public String getAgency() { return agency; }
	public void setAgency(String agency) { this.agency = agency; }

}
