package vn.registry.scale;

import java.util.concurrent.atomic.AtomicInteger;

import vn.registry.decision.DecisionNumber;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Committees of a chosen size, written as any client of the database would, committed at once.
 * They sit in tỉnh Quảng Trị, which has a seeded committee, so the demo data set leaves the unit alone.
 */
final class TestCommittees {

	private static final AtomicInteger NUMBERS = new AtomicInteger(900_000);

	record Created(long committee, long decision, String numberSymbol) {
	}

	private TestCommittees() {
	}

	/** A committee "Ban Chỉ đạo kiểm thử quy mô N" with N seats and a working group of N / 3 + 1. */
	static Created create(JdbcClient jdbc, int seats) {
		long committee = jdbc.sql("""
				INSERT INTO committee (name, unit_id, declared_member_count)
				VALUES (:name, (SELECT id FROM administrative_unit WHERE code = '45' AND valid_from IS NULL), :seats) RETURNING id""")
			.param("name", "Ban Chỉ đạo kiểm thử quy mô " + seats + " thành viên")
			.param("seats", seats)
			.query(Long.class)
			.single();
		Created created = decision(jdbc, committee, "ESTABLISH", "2024-03-04");
		long group = jdbc.sql("""
				INSERT INTO working_group (committee_id, name, establishing_decision_id)
				VALUES (:committee, 'Tổ giúp việc', :decision) RETURNING id""")
			.param("committee", committee)
			.param("decision", created.decision())
			.query(Long.class)
			.single();
		for (int i = 1; i <= seats; i++) {
			seat(jdbc, committee, null, i == 1 ? "TRUONG_BAN" : "UY_VIEN", i, created.decision());
		}
		for (int i = 1; i <= seats / 3 + 1; i++) {
			seat(jdbc, committee, group, i == 1 ? "TO_TRUONG" : "THANH_VIEN", i, created.decision());
		}
		return created;
	}

	/** A decision of the committee's people's committee, signed on {@code signedOn}. */
	static Created decision(JdbcClient jdbc, long committee, String type, String signedOn) {
		String numberSymbol = NUMBERS.incrementAndGet() + "/QĐ-UBND";
		long decision = jdbc.sql("""
				INSERT INTO decision (committee_id, type, number_symbol, number_key, signed_on, issuer, summary)
				VALUES (:committee, :type, :number, :key, CAST(:signed AS date), 'UBND tỉnh Quảng Trị', 'Kiểm thử')
				RETURNING id""")
			.param("committee", committee)
			.param("type", type)
			.param("number", numberSymbol)
			.param("key", DecisionNumber.parse(numberSymbol).orElseThrow().key())
			.param("signed", signedOn)
			.query(Long.class)
			.single();
		return new Created(committee, decision, numberSymbol);
	}

	private static void seat(JdbcClient jdbc, long committee, Long group, String role, int order, long decision) {
		jdbc.sql("""
				INSERT INTO seat (committee_id, working_group_id, role_id, position, agency, sort_order,
				                  appointed_by_decision_id, start_on)
				VALUES (:committee, :group, (SELECT id FROM role WHERE code = :role), :position, 'Sở Nội vụ', :order,
				        :decision, DATE '2024-03-04')""")
			.param("committee", committee)
			.param("group", group)
			.param("role", role)
			.param("position", "Chức vụ kiểm thử " + order)
			.param("order", order)
			.param("decision", decision)
			.update();
	}

}
