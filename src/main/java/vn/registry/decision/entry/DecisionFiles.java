package vn.registry.decision.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed PDFs of decisions, under {@code REGISTRY_DATA_DIR/files}. An upload is held aside
 * until its decision is saved, so that a form sent back for corrections keeps it.
 */
@Component
public class DecisionFiles {

	static final long MAX_SIZE = 10L * 1024 * 1024;

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

	private final Path pending;

	private final Path kept;

	DecisionFiles(@Value("${registry.data-dir}") Path dataDir) {
		this.pending = dataDir.resolve("files").resolve("pending");
		this.kept = dataDir.resolve("files").resolve("decisions");
	}

	/** True when the upload is a PDF (by its first bytes, not its name) within the size limit. */
	static boolean isPdf(MultipartFile upload) throws IOException {
		if (upload.getSize() > MAX_SIZE || upload.getSize() < 5) {
			return false;
		}
		try (InputStream in = upload.getInputStream()) {
			byte[] head = in.readNBytes(5);
			return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
		}
	}

	/** Holds an upload aside and returns its token. */
	String hold(MultipartFile upload) throws IOException {
		String token = UUID.randomUUID().toString();
		Files.createDirectories(pending);
		try (InputStream in = upload.getInputStream()) {
			Files.copy(in, pending.resolve(token + ".pdf"));
		}
		return token;
	}

	boolean isHeld(String token) {
		return token != null && TOKEN.matcher(token).matches() && Files.isRegularFile(pending.resolve(token + ".pdf"));
	}

	/**
	 * Names a held upload as a decision's file, and moves it to the decisions' files once the
	 * transaction saving the decision commits. If it rolls back (another clerk was first, the
	 * database refused), the upload stays held, so the form shown again still has it; one no form
	 * comes back for is deleted after a day ({@link #deletePendingOlderThan}). Outside a
	 * transaction the upload is moved at once.
	 */
	Stored keep(String token) {
		if (!isHeld(token)) {
			throw new IllegalArgumentException("No pending upload " + token);
		}
		String file = token + ".pdf";
		long size;
		try {
			size = Files.size(pending.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					moveToKept(file);
				}
			});
		}
		else {
			moveToKept(file);
		}
		return new Stored(file, size);
	}

	/** Moves a held upload to the decisions' files (also at start-up, for one a crash left behind). */
	public void moveToKept(String file) {
		try {
			Files.createDirectories(kept);
			Files.move(pending.resolve(file), kept.resolve(file), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// The decision is saved; the file stays held and the start-up check moves it.
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes the held uploads last written before the cutoff; answers how many. */
	public int deletePendingOlderThan(Instant cutoff) throws IOException {
		if (!Files.isDirectory(pending)) {
			return 0;
		}
		int deleted = 0;
		try (Stream<Path> held = Files.list(pending)) {
			for (Path file : (Iterable<Path>) held::iterator) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
					deleted++;
				}
			}
		}
		return deleted;
	}

	/** The names of the decisions' files, and of the held uploads. */
	public List<String> keptFiles() throws IOException {
		return list(kept);
	}

	public List<String> pendingFiles() throws IOException {
		return list(pending);
	}

	private static List<String> list(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** The stored PDF of a decision. */
	public Path path(String file) {
		if (!TOKEN.matcher(file.replace(".pdf", "")).matches()) {
			throw new IllegalArgumentException("Not a stored file name: " + file);
		}
		return kept.resolve(file);
	}

	record Stored(String file, long size) {
	}

}
