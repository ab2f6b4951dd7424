package vn.registry.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting form's buttons for browsers without JavaScript: task rows added and removed
 * ({@code add:tasks}, {@code remove:tasks:1}), and the attendance list filled from the roster in
 * force on the day typed.
 */
final class MeetingFormRows {

	private static final Pattern TASK_ACTION = Pattern.compile("(add|remove):tasks(?::(\\d+))?");

	private MeetingFormRows() {
	}

	static boolean applyTaskAction(MeetingForm form, String action) {
		Matcher matcher = action == null ? null : TASK_ACTION.matcher(action);
		if (matcher == null || !matcher.matches()) {
			return false;
		}
		if ("add".equals(matcher.group(1))) {
			form.getTasks().add(new TaskRow());
		}
		else if (matcher.group(2) != null && Integer.parseInt(matcher.group(2)) < form.getTasks().size()) {
			form.getTasks().remove(Integer.parseInt(matcher.group(2)));
		}
		return true;
	}

	/** The roster in force on the meeting's day, keeping the ticks already made for members still on it. */
	static void fillAttendance(MeetingForm form, java.util.List<MeetingRoster.Member> members) {
		java.util.Map<Long, String> ticked = new java.util.HashMap<>();
		form.getAttendance().forEach(row -> ticked.put(row.getSeatId(), row.getPresence()));
		form.getAttendance().clear();
		for (MeetingRoster.Member member : members) {
			AttendanceRow row = new AttendanceRow(member.seatId(), member.roleName() + ": " + member.label());
			row.setPresence(ticked.get(member.seatId()));
			form.getAttendance().add(row);
		}
	}

}
