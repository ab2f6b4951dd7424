package vn.registry.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * The one date format a person types and reads: dd/MM/yyyy, two digits for the day and month and
 * four for the year, and only real dates (31/02/2024 is refused, not moved to 02/03). Forms bind
 * every {@link LocalDate} with it ({@link WebConfiguration}), pages show it, and the browser's hint
 * is built from {@link #PATTERN}, served by the page, so the three cannot drift apart.
 */
public final class Dates implements Formatter<LocalDate> {

	/** As people write it, and as the browser-side check reads it. */
	public static final String PATTERN = "dd/MM/yyyy";

	/** {@code uuuu}: a strict resolver needs the proleptic year ({@code yyyy} would need an era). */
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	public static LocalDate parse(String text) {
		return LocalDate.parse(text.strip(), FORMAT);
	}

	public static String format(LocalDate date) {
		return date == null ? null : FORMAT.format(date);
	}

	/**
	 * A date in an address ({@code ?on=}): as a person types it (dd/MM/yyyy), or ISO (yyyy-MM-dd)
	 * as the API, earlier links and the date pickers of old pages sent it.
	 * @throws BadRequestException when it is neither
	 */
	public static LocalDate parseAddress(String text) {
		LocalDate date;
		try {
			date = text.strip().contains("/") ? parse(text) : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException();
		}
		// Years PostgreSQL and people both read: "-999999999-01-01" parses, but is no date of the registry.
		if (date.getYear() < 1 || date.getYear() > 9999) {
			throw new BadRequestException();
		}
		return date;
	}

	@Override
	public LocalDate parse(String text, Locale locale) {
		return parse(text);
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return format(date);
	}

}
