package vn.registry.locality;

import java.util.Locale;
import java.util.Optional;

/** The tier of an administrative unit, and so of the committee that belongs to it. */
public enum Level {

	NATIONAL, PROVINCE, DISTRICT, COMMUNE;

	/** The value used in addresses ({@code ?level=province}). */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Level> fromParam(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (Level level : values()) {
			if (level.param().equalsIgnoreCase(value.trim())) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
