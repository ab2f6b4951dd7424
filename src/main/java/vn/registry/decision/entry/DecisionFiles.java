package vn.registry.decision.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
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

	/** Moves a held upload to the decisions' files. */
	Stored keep(String token) {
		if (!isHeld(token)) {
			throw new IllegalArgumentException("No pending upload " + token);
		}
		try {
			Files.createDirectories(kept);
			String file = token + ".pdf";
			Path target = kept.resolve(file);
			Files.move(pending.resolve(file), target, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(file, Files.size(target));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
