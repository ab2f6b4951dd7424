package vn.registry.decision.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.registry.system.DatabaseBackup;
import vn.registry.system.EmbeddedDatabaseConfiguration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The backup round trip: a backup of the running embedded database and the decisions' files, a
 * restore into a fresh data directory, a server started on it with every decision and every file.
 */
class BackupRestoreTest extends DecisionEntryTestSupport {

	@TempDir
	Path work;

	@Autowired
	DecisionFiles files;

	@Test
	void aBackupTakenWhileRunningRestoresIntoAFreshDirectoryWithEveryDecisionAndFile() throws Exception {
		byte[] pdf = "%PDF-1.4\n% backup\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		Map<String, String> form = establishment("034", "801/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Bắc Quang (sao lưu)");
		MockMultipartHttpServletRequestBuilder request = multipart("/decisions/new")
			.file(new MockMultipartFile("pdf", "qd-801.pdf", "application/pdf", pdf));
		form.forEach(request::param);
		savedDecision(mvc.perform(request.with(user(CLERK).roles("CLERK")).with(csrf())).andReturn().getResponse());
		// registry.data-dir holds ${random.uuid}, new at each reading: ask the server where it is.
		Path dataDir = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single()).getParent();
		List<String> decisions = jdbc.sql("SELECT id || '|' || number_symbol || '|' || coalesce(pdf_file, '') "
				+ "FROM decision ORDER BY id").query(String.class).list();
		List<String> pdfs = jdbc.sql("SELECT pdf_file FROM decision WHERE pdf_file IS NOT NULL ORDER BY id")
			.query(String.class).list();
		assertThat(pdfs).isNotEmpty();

		Path backup = work.resolve("backup");
		// The same reason: the files are in a directory of their own here.
		Path filesDir = files.path(pdfs.get(0)).getParent().getParent();
		DatabaseBackup.backup(dataDir, filesDir, backup);
		Path restored = work.resolve("restored");
		DatabaseBackup.restore(backup, restored);

		try (EmbeddedPostgres server = EmbeddedDatabaseConfiguration.start(restored, false, 0);
				Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id || '|' || number_symbol || '|' || "
						+ "coalesce(pdf_file, '') FROM decision ORDER BY id")) {
			List<String> found = new ArrayList<>();
			while (rows.next()) {
				found.add(rows.getString(1));
			}
			assertThat(found).isEqualTo(decisions);
		}
		for (String file : pdfs) {
			Path copy = restored.resolve("files").resolve("decisions").resolve(file);
			assertThat(copy).as(file).exists();
			assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(files.path(file)));
		}
	}

}
