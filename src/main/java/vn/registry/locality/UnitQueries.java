package vn.registry.locality;

import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The unit page: one statement, the unit and everything around it as one JSON document. */
@Component
class UnitQueries {

	private static final String UNIT_JSON = """
			json_build_object('id', %1$s.id, 'code', %1$s.code, 'name', %1$s.name, 'fullName', %1$s.full_name,
			                  'level', %1$s.level, 'validFrom', %1$s.valid_from, 'validTo', %1$s.valid_to)""";

	private static final String DETAIL = """
			SELECT json_build_object(
			    'unit', %1$s,
			    'parent', (SELECT %2$s FROM administrative_unit p WHERE p.id = u.parent_id),
			    'province', (SELECT %3$s FROM administrative_unit pr WHERE pr.id = u.province_id AND pr.id <> u.id),
			    'predecessors', coalesce((SELECT json_agg(json_build_object('unit', %4$s, 'partOnly', s.part_only,
			                                                                'basis', s.basis) ORDER BY o.code)
			                              FROM unit_succession s JOIN administrative_unit o ON o.id = s.predecessor_id
			                              WHERE s.successor_id = u.id), '[]'),
			    'successors', coalesce((SELECT json_agg(json_build_object('unit', %5$s, 'partOnly', s.part_only,
			                                                              'basis', s.basis) ORDER BY n.code)
			                            FROM unit_succession s JOIN administrative_unit n ON n.id = s.successor_id
			                            WHERE s.predecessor_id = u.id), '[]'),
			    'committees', coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'status', c.status,
			                                                              'unitId', cu.id, 'unitName', cu.full_name)
			                                            ORDER BY cu.id <> u.id, c.level_rank, c.search_text, c.id)
			                            FROM committee c JOIN administrative_unit cu ON cu.id = c.unit_id
			                            WHERE c.unit_id = u.id
			                               OR c.unit_id IN (SELECT predecessor_id FROM unit_succession WHERE successor_id = u.id)
			                               OR c.unit_id IN (SELECT successor_id FROM unit_succession WHERE predecessor_id = u.id)),
			                           '[]')
			)::text
			FROM administrative_unit u WHERE u.id = :id""".formatted(UNIT_JSON.formatted("u"), UNIT_JSON.formatted("p"),
			UNIT_JSON.formatted("pr"), UNIT_JSON.formatted("o"), UNIT_JSON.formatted("n"));

	private final JdbcClient jdbc;

	private final JsonMapper json;

	UnitQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<UnitDetail> detail(long id) {
		return jdbc.sql(DETAIL).param("id", id).query(String.class).optional()
			.map(document -> json.readValue(document, UnitDetail.class));
	}

}
