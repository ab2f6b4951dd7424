package vn.registry.meeting;

/** One member of the roster in force on the meeting's day, ticked present or absent (or left unticked). */
public class AttendanceRow {

	private Long seatId;

	/** Shown beside the tick; the name saved is read again from the seat. */
	private String label;

	/** {@code PRESENT}, {@code ABSENT}, or null when the clerk does not know. */
	private String presence;

	public AttendanceRow() {
	}

	AttendanceRow(Long seatId, String label) {
		this.seatId = seatId;
		this.label = label;
	}

	public Long getSeatId() { return seatId; }
	public void setSeatId(Long seatId) { this.seatId = seatId; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public String getPresence() { return presence; }
	public void setPresence(String presence) { this.presence = presence; }

	Boolean present() {
		return "PRESENT".equals(presence) ? Boolean.TRUE : "ABSENT".equals(presence) ? Boolean.FALSE : null;
	}

}
