package vn.registry.popolo;

import java.util.List;

/**
 * The registry in the Popolo data standard (popoloproject.com), one JSON object a row, so that the
 * document is written while it is read. Committees and their working groups are organizations, each
 * seat a post and a membership, each named holder a person (by folded name: no person id exists),
 * each decision an event; every item carries its sources. Fields beginning x_ are this registry's
 * own, kept so that an import reproduces the registry exactly. Ids are stable: "committee-3".
 */
final class PopoloSql {

	record Collection(String name, String sql) {
	}

	/** The sources of the rows whose source ids the given SQL lists. */
	private static final String SOURCES = """
			(SELECT coalesce(json_agg(json_build_object('url', coalesce(src.url, '/sources/' || src.id), 'note',
			    coalesce(src.title, src.publisher), 'x_id', src.id, 'x_url', src.url, 'x_title', src.title, 'x_publisher', src.publisher,
			    'x_published', src.published) ORDER BY src.id), '[]') FROM source src WHERE src.id IN (%s))""";

	static final List<Collection> COLLECTIONS = List.of(new Collection("organizations", """
			SELECT json_build_object('id', 'committee-' || c.id, 'name', c.name, 'classification', 'steering committee',
			    'area_id', 'unit-' || c.unit_id, 'parent_id', 'committee-' || c.parent_id,
			    'dissolution_date', c.ended_on, 'x_status', c.status,
			    'other_names', (SELECT coalesce(json_agg(json_build_object('name', f.name) ORDER BY f.name), '[]')
			                    FROM committee_former_name f WHERE f.committee_id = c.id),
			    'sources', %s)::text
			FROM committee c ORDER BY c.id""".formatted(SOURCES.formatted(
					"SELECT cs.source_id FROM committee_source cs WHERE cs.committee_id = c.id"))),
			new Collection("organizations", """
					SELECT json_build_object('id', 'group-' || g.id, 'name', g.name, 'classification', 'working group',
					    'parent_id', 'committee-' || g.committee_id, 'x_host_agency', g.host_agency,
					    'x_establishing_decision', g.establishing_decision_id,
					    'sources', %s)::text
					FROM working_group g ORDER BY g.id""".formatted(SOURCES.formatted("g.source_id"))),
			new Collection("events", """
					SELECT json_build_object('id', 'decision-' || d.id, 'name', coalesce(d.number_symbol, d.stated_number),
					    'classification', d.type, 'start_date', d.signed_on, 'organization_id', 'committee-' || d.committee_id,
					    'description', d.summary, 'x_issuer', d.issuer, 'x_signer', d.signer, 'x_number_symbol', d.number_symbol,
					    'x_stated_number', d.stated_number, 'x_number_key', d.number_key,
					    'x_signed_year_inferred', d.signed_year_inferred, 'x_effective_on', d.effective_on,
					    'sources', %s)::text
					FROM decision d ORDER BY d.id""".formatted(SOURCES.formatted("d.source_id"))),
			new Collection("posts", """
					SELECT json_build_object('id', 'post-' || s.id, 'label', coalesce(s.position, r.name), 'role', r.name,
					    'organization_id', CASE WHEN s.working_group_id IS NULL THEN 'committee-' || s.committee_id
					                            ELSE 'group-' || s.working_group_id END)::text
					FROM seat s JOIN role r ON r.id = s.role_id ORDER BY s.id"""),
			new Collection("persons", """
					SELECT json_build_object('id', 'person-' || replace(s.person_key, ' ', '-'), 'name', min(s.full_name),
					    'sources', json_agg(DISTINCT json_build_object('url', '/people/' || replace(s.person_key, ' ', '-'))::text))::text
					FROM seat s WHERE s.person_key IS NOT NULL GROUP BY s.person_key ORDER BY s.person_key"""),
			new Collection("memberships", """
					SELECT json_build_object('id', 'membership-' || s.id, 'post_id', 'post-' || s.id,
					    'person_id', 'person-' || replace(s.person_key, ' ', '-'),
					    'organization_id', 'committee-' || s.committee_id, 'role', r.name, 'label', s.position,
					    'start_date', s.start_on, 'end_date', s.end_on, 'x_full_name', s.full_name, 'x_role_code', r.code,
					    'x_agency', s.agency, 'x_sort_order', s.sort_order, 'x_group', s.working_group_id,
					    'x_appointed_by', s.appointed_by_decision_id, 'x_ended_by', s.ended_by_decision_id,
					    'sources', CAST(%s AS jsonb) || CASE WHEN s.appointed_by_decision_id IS NULL THEN '[]'::jsonb
					        ELSE jsonb_build_array(jsonb_build_object('url', '/decisions/' || s.appointed_by_decision_id)) END)::text
					FROM seat s JOIN role r ON r.id = s.role_id ORDER BY s.id""".formatted(SOURCES.formatted("s.source_id"))));

	private PopoloSql() {
	}

}
