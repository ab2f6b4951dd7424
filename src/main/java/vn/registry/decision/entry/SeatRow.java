package vn.registry.decision.entry;

import jakarta.validation.constraints.Size;

import vn.registry.roster.SeatHolder;

/** One roster row of a decision form. {@code seatId} is set for a seat already serving. */
public class SeatRow {

	private Long seatId;

	private Long roleId;

	@Size(max = 150, message = "{form.error.tooLong}")
	private String fullName;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String position;

	@Size(max = 300, message = "{form.error.tooLong}")
	private String agency;

	/** On a change of members: this serving seat ends. */
	private boolean remove;

	public SeatRow() {
	}

	public SeatRow(Long seatId, Long roleId, String fullName, String position, String agency) {
		this.seatId = seatId;
		this.roleId = roleId;
		this.fullName = fullName;
		this.position = position;
		this.agency = agency;
	}

	public SeatHolder holder() {
		return new SeatHolder(fullName, position, agency);
	}

	/** A row the clerk added but left empty: ignored. */
	public boolean isBlank() {
		SeatHolder holder = holder();
		return seatId == null && roleId == null && holder.fullName() == null && holder.position() == null
				&& holder.agency() == null;
	}

	public Long getSeatId() {
		return seatId;
	}

	public void setSeatId(Long seatId) {
		this.seatId = seatId;
	}

	public Long getRoleId() {
		return roleId;
	}

	public void setRoleId(Long roleId) {
		this.roleId = roleId;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public boolean isRemove() {
		return remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
