package vn.registry.popolo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The registry as Popolo at /api/popolo.json, and read back into an empty registry to the same document. */
class PopoloRoundTripTest extends RegistryTestSupport {

	@Autowired
	private PopoloExport export;

	@Autowired
	private PopoloImport popoloImport;

	@Test
	void theDocumentHasOrganizationsPostsMembershipsAndPersonsEachWithSources() throws Exception {
		var popolo = json("/api/popolo.json");

		List<String> names = popolo.read("$.organizations[*].name");
		assertThat(names).contains("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị");
		assertThat(popolo.read("$.persons[*].name", List.class)).contains("Phan Văn Mãi");
		assertThat(popolo.read("$.posts", List.class)).isNotEmpty();
		assertThat(popolo.read("$.memberships[?(@.person_id == 'person-phan-van-mai')].organization_id", List.class))
			.containsExactly("committee-5");
		assertThat(popolo.read("$.organizations[?(@.id == 'committee-3')].sources[0].url", List.class)).isNotEmpty();
		assertThat(popolo.read("$.persons[0].sources", List.class)).isNotEmpty();
	}

	@Test
	@Transactional
	void anImportIntoAnEmptyRegistryReproducesTheExport() throws Exception {
		String before = exported();
		assertThatIllegalStateException().isThrownBy(() -> popoloImport.read(input(before)));
		jdbc.sql("TRUNCATE committee CASCADE").update();
		assertThat(jdbc.sql("SELECT count(*) FROM seat").query(Long.class).single()).isZero();

		popoloImport.read(input(before));

		assertThat(exported()).isEqualTo(before);
		assertThat(page("/committees/5")).contains("Phan Văn Mãi");
	}

	private String exported() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.write(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static ByteArrayInputStream input(String document) {
		return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
	}

}
