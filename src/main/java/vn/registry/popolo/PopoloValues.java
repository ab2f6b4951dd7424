package vn.registry.popolo;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/** Reading a Popolo item's fields back: absent and null are the same, ids lose their prefix. */
final class PopoloValues {

	private PopoloValues() {
	}

	static String text(JsonNode item, String field) {
		JsonNode value = item.path(field);
		return value.isNull() || value.isMissingNode() ? null : value.asString();
	}

	static Long number(JsonNode item, String field) {
		JsonNode value = item.path(field);
		return value.isNull() || value.isMissingNode() ? null : value.asLong();
	}

	static LocalDate date(JsonNode item, String field) {
		String value = text(item, field);
		return value == null ? null : LocalDate.parse(value);
	}

	/** "committee-3" -> 3; null for null. */
	static Long id(JsonNode item, String field) {
		String value = text(item, field);
		return value == null ? null : Long.valueOf(value.substring(value.lastIndexOf('-') + 1));
	}

}
