package vn.registry.roster.paste;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A roster row written as a sentence: "Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh - Phó Trưởng ban
 * Thường trực", "2. Bà Trần Thị B – Giám đốc Sở Tài chính: Ủy viên", "Trưởng ban: Đồng chí ...".
 * The role is the last part after a separator (or the first, before one) when it is a role's
 * whole name; the person is the first part when it reads as a name; the rest is the post.
 */
final class FreeLine {

	private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d{1,3}\\s*[.)/]\\s*");

	/** Separators between a line's parts. " - " needs its spaces: "Bà Rịa-Vũng Tàu" is one name. */
	private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]\\s+|\\s*[–—:;,(]\\s*");

	/** Where the name ends: "Nguyễn Văn A, Giám đốc ..." or "Nguyễn Văn A - Giám đốc ...". */
	private static final Pattern PERSON_END = Pattern.compile("\\s*,\\s*|\\s+[-–—]\\s+|\\s*[–—:]\\s*");

	private static final Pattern ROLE_LIKE_END = Pattern.compile("(?:\\s+[-–—]\\s+|\\s*[–—:(]\\s*)([^-–—:(]+)$");

	private final RoleMatcher roles;

	FreeLine(RoleMatcher roles) {
		this.roles = roles;
	}

	RowBuilder read(int line, String text) {
		RowBuilder row = new RowBuilder(line);
		String body = NUMBERING.matcher(Text.clean(text)).replaceFirst("");
		body = takeRole(row, body);
		if (!row.hasRole()) {
			body = takeUnknownRole(row, body);
		}
		readPerson(row, body);
		return row;
	}

	/** Takes the role off the end (or the front) of the text; answers what is left. */
	String takeRole(RowBuilder row, String text) {
		Matcher matcher = SEPARATOR.matcher(text);
		int firstStart = -1;
		int firstEnd = -1;
		while (matcher.find()) {
			if (firstStart < 0) {
				firstStart = matcher.start();
				firstEnd = matcher.end();
			}
			Optional<PasteRole> role = roles.exact(text.substring(matcher.end()));
			if (role.isPresent()) {
				row.role(role.get());
				return text.substring(0, matcher.start());
			}
		}
		if (firstStart > 0) {
			Optional<PasteRole> role = roles.exact(text.substring(0, firstStart));
			if (role.isPresent()) {
				row.role(role.get());
				return text.substring(firstEnd);
			}
		}
		return text;
	}

	/**
	 * Without a known role, a short last part after a dash, colon or bracket that names no body is
	 * most likely a role the catalogue lacks ("- Thư ký"): kept apart and flagged, not read as the post.
	 */
	private static String takeUnknownRole(RowBuilder row, String text) {
		Matcher matcher = ROLE_LIKE_END.matcher(text);
		if (matcher.find() && matcher.start() > 0) {
			String part = matcher.group(1);
			if (Posts.bodyStart(part) < 0 && part.split("\\s+").length <= 4 && !Posts.looksLikeName(part)) {
				row.unrecognised(part.replaceAll("\\)$", ""));
				return text.substring(0, matcher.start());
			}
		}
		return text;
	}

	/** The name (first part, if it reads as one) and the post (the rest). */
	void readPerson(RowBuilder row, String text) {
		String body = Posts.withoutHonorific(text);
		if (body == null) {
			return;
		}
		Matcher matcher = PERSON_END.matcher(body);
		if (matcher.find()) {
			String first = body.substring(0, matcher.start());
			if (Posts.looksLikeName(first)) {
				row.fullName(first).position(body.substring(matcher.end()));
				return;
			}
		}
		if (Posts.looksLikeName(body)) {
			row.fullName(body);
		}
		else {
			row.position(body);
		}
	}

}
