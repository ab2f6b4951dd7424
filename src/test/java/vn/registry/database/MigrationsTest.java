package vn.registry.database;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway builds the whole schema and its reference data on an empty database. */
class MigrationsTest extends RegistryTestSupport {

	private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:_\\d+)?)__\\w+\\.(sql|java)");

	@Test
	void appliesTheFourReadSideMigrationsFirstAndAllSuccessfully() {
		List<String> versions = jdbc.sql("SELECT version FROM flyway_schema_history ORDER BY installed_rank")
			.query(String.class)
			.list();
		long failed = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
			.query(Long.class)
			.single();

		assertThat(versions).startsWith("1", "2", "3", "4");
		assertThat(failed).isZero();
	}

	@Test
	void appliesEveryVersionedMigrationInTheSourceTree() throws IOException {
		List<String> applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list();

		assertThat(applied).containsExactlyElementsOf(versionsOnDisk());
	}

	@Test
	void installsTheSearchExtensions() {
		List<String> extensions = jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list();

		assertThat(extensions).contains("unaccent", "pg_trgm");
	}

	@Test
	void foldsEverySpellingOfMdrakToTheSameSearchText() {
		List<String> folded = jdbc.sql("""
				SELECT registry_fold(v) FROM unnest(ARRAY['M’Drắk', 'M''Đrắk', 'MDRAK', ' M‘Drak ', 'mʼdrắk']) AS v""")
			.query(String.class)
			.list();

		assertThat(folded).containsOnly("mdrak");
	}

	private static List<String> versionsOnDisk() throws IOException {
		try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"));
				Stream<Path> java = Files.list(Path.of("src/main/java/db/migration"))) {
			List<String> versions = Stream.concat(sql, java)
				.map(path -> VERSIONED.matcher(path.getFileName().toString()))
				.filter(Matcher::matches)
				// V14_1 is version "14.1", after 14 and before 15.
				.map(matcher -> matcher.group(1).replace('_', '.'))
				.sorted(Comparator.comparing(BigDecimal::new))
				.toList();
			assertThat(versions).as("migrations found on disk").isNotEmpty();
			return versions;
		}
	}

}
