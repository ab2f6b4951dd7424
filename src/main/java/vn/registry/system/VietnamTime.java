package vn.registry.system;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The registry's time zone. Instants are stored as they are (PostgreSQL's timestamptz, UTC on the
 * wire) and shown as the clock reads in Vietnam, wherever the server runs: a decision entered at
 * 23:30 UTC was entered at 06:30 the next morning for the clerk who typed it.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	public static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
	}

	public static LocalDateTime local(OffsetDateTime time) {
		return time == null ? null : local(time.toInstant());
	}

}
