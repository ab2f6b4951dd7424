package vn.registry.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Times are stored as instants and shown as the clock reads in Vietnam, wherever the server runs. */
final class VietnamTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
	}

}
