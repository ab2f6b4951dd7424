package vn.registry.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** A login throttle as administrators see it, times on the Vietnamese clock; no username = every name. */
public record ThrottleRow(long id, String address, String username, int failures, LocalDateTime lastFailure,
		LocalDateTime blockedUntil) {

	static ThrottleRow of(ResultSet row, int number) throws SQLException {
		String username = row.getString("username");
		return new ThrottleRow(row.getLong("id"), row.getString("address"), username.isEmpty() ? null : username,
				row.getInt("failures"), local(row.getTimestamp("last_failure")), local(row.getTimestamp("blocked_until")));
	}

	private static LocalDateTime local(Timestamp time) {
		return time == null ? null : VietnamTime.local(time.toInstant());
	}

}
