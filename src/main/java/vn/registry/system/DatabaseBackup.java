package vn.registry.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A backup of the embedded database and the decisions' files while the application runs, and its
 * restore into a new data directory, with nothing but the JDK (the embedded PostgreSQL bundle has
 * no pg_dump). PostgreSQL's own online backup: {@code pg_backup_start}, a copy of the data
 * directory, {@code pg_backup_stop}, then the write-ahead log written meanwhile and the backup
 * label; a server started on the copy replays that log to the moment the backup ended. The files
 * are copied after the database, so every decision in the backup has its file.
 */
public final class DatabaseBackup {

	/** Left out of the copy: they belong to the running server, not to the data (PostgreSQL's docs). */
	private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "pg_wal");

	private DatabaseBackup() {
	}

	/** Backs up the running embedded server and the files in {@code REGISTRY_DATA_DIR} into a new {@code target}. */
	public static void backup(Path dataDir, Path target) throws IOException, SQLException {
		backup(dataDir, dataDir.resolve("files"), target);
	}

	/** As {@link #backup(Path, Path)}, with the files in a directory of their own. */
	public static void backup(Path dataDir, Path filesDir, Path target) throws IOException, SQLException {
		Path pgData = dataDir.resolve("postgres").toAbsolutePath();
		List<String> pid = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
		Files.createDirectories(target.getParent() == null ? Path.of(".") : target.getParent());
		Files.createDirectory(target);
		Path copy = target.resolve("postgres");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_backup_start('registry backup', true)");
			copyTree(pgData, copy, true);
			try (ResultSet stop = statement.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
				stop.next();
				copyTree(pgData.resolve("pg_wal"), copy.resolve("pg_wal"), false);
				Files.writeString(copy.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
				String tablespaces = stop.getString(2);
				if (tablespaces != null && !tablespaces.isEmpty()) {
					Files.writeString(copy.resolve("tablespace_map"), tablespaces, StandardCharsets.UTF_8);
				}
			}
		}
		Path files = filesDir.resolve("decisions");
		if (Files.isDirectory(files)) {
			copyTree(files, target.resolve("files").resolve("decisions"), false);
		}
	}

	/** Restores a backup into a new data directory; refuses one that already holds a database. */
	public static void restore(Path backup, Path dataDir) throws IOException {
		Path pgData = dataDir.resolve("postgres");
		if (Files.exists(pgData)) {
			throw new FileAlreadyExistsException(pgData.toString(), null, "restore into a new data directory");
		}
		if (!Files.isRegularFile(backup.resolve("postgres").resolve("backup_label"))) {
			throw new NoSuchFileException(backup.toString(), null, "not a registry backup");
		}
		copyTree(backup.resolve("postgres"), pgData, false);
		if (Files.getFileStore(pgData).supportsFileAttributeView("posix")) {
			// PostgreSQL refuses a data directory others may read.
			Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
		}
		if (Files.isDirectory(backup.resolve("files"))) {
			copyTree(backup.resolve("files"), dataDir.resolve("files"), false);
		}
	}

	private static void copyTree(Path from, Path to, boolean skipServerFiles) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> entries = Files.list(from)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String name = entry.getFileName().toString();
				if (skipServerFiles && SKIPPED.contains(name)) {
					if (name.equals("pg_wal")) {
						Files.createDirectories(to.resolve(name));
					}
					continue;
				}
				try {
					if (Files.isDirectory(entry)) {
						copyTree(entry, to.resolve(name), false);
					}
					else {
						Files.copy(entry, to.resolve(name), StandardCopyOption.REPLACE_EXISTING,
								StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
				catch (NoSuchFileException ex) {
					// A temporary file the server removed during the copy: not part of the data.
				}
				catch (UncheckedIOException ex) {
					throw ex.getCause();
				}
			}
		}
	}

}
