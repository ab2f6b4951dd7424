package vn.registry.locality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads administrative units for filters and pickers, each in the structure of a given day. */
@Component
public class Localities {

	static final String UNIT_COLUMNS = "u.id, u.code, u.name, u.full_name, u.level, u.valid_from, u.valid_to";

	/** A unit valid on :day. */
	static final String VALID_ON = "(u.valid_from IS NULL OR u.valid_from <= :day) AND (u.valid_to IS NULL OR u.valid_to >= :day)";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Localities(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The provinces of a structure, in the statistics office's code order (north to south). */
	public List<UnitRef> provinces(Structure structure) {
		return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM administrative_unit u WHERE u.level = 'PROVINCE' AND "
				+ VALID_ON + " ORDER BY u.code")
			.param("day", structure.day())
			.query(UnitRef.class)
			.list();
	}

	/**
	 * Units that existed on {@code day} whose name contains the query, folded (no case, diacritics or
	 * apostrophes): larger units first, then shorter names, so "quang tri" offers the province before
	 * the town. A unit that has since ceased says until when.
	 */
	public List<UnitOption> search(String query, LocalDate day, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT u.id, concat_ws(', ', u.full_name,
				           CASE WHEN u.level = 'COMMUNE' AND d.level = 'DISTRICT' THEN d.full_name END,
				           CASE WHEN u.level IN ('DISTRICT', 'COMMUNE') THEN p.full_name END) AS label, u.valid_to
				FROM administrative_unit u
				LEFT JOIN administrative_unit d ON d.id = u.parent_id
				LEFT JOIN administrative_unit p ON p.id = u.province_id
				WHERE u.search_text LIKE registry_contains_pattern(:query) AND %s
				ORDER BY registry_level_rank(u.level), length(u.search_text), u.id
				LIMIT :limit""".formatted(VALID_ON))
			.param("query", query.strip())
			.param("day", day)
			.param("limit", limit)
			.query(UnitOption.class)
			.list()
			.stream()
			.map(this::labelled)
			.toList();
	}

	private UnitOption labelled(UnitOption option) {
		if (option.validTo() == null) {
			return option;
		}
		String until = messages.getMessage("unit.until", new Object[] { DATE.format(option.validTo()) },
				LocaleContextHolder.getLocale());
		return new UnitOption(option.id(), option.label() + " " + until, option.validTo());
	}

	/** A unit's period and its successors, to check a decision's date against. */
	public Optional<UnitPeriod> period(long unitId) {
		return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM administrative_unit u WHERE u.id = :id")
			.param("id", unitId)
			.query(UnitRef.class)
			.optional()
			.map(unit -> new UnitPeriod(unit, successors(unitId)));
	}

	List<UnitRef> successors(long unitId) {
		return jdbc.sql("SELECT " + UNIT_COLUMNS + """
				 FROM unit_succession s JOIN administrative_unit u ON u.id = s.successor_id
				WHERE s.predecessor_id = :id ORDER BY u.code""")
			.param("id", unitId)
			.query(UnitRef.class)
			.list();
	}

}
