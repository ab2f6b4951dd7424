package vn.registry.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The conclusions notices of meetings, and files attached to progress reports, as PDFs under
 * {@code REGISTRY_DATA_DIR/files/meetings}. As
 * for decisions, an upload is held aside until its meeting is saved, so a form sent back for
 * corrections keeps it.
 */
@Component
public class MeetingFiles {

	static final long MAX_SIZE = 10L * 1024 * 1024;

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

	private final Path pending;

	private final Path kept;

	MeetingFiles(@Value("${registry.data-dir}") Path dataDir) {
		this.pending = dataDir.resolve("files").resolve("pending");
		this.kept = dataDir.resolve("files").resolve("meetings");
	}

	/** A PDF by its first bytes, within the size limit. */
	public static boolean isPdf(MultipartFile upload) throws IOException {
		if (upload.getSize() > MAX_SIZE || upload.getSize() < 5) {
			return false;
		}
		try (InputStream in = upload.getInputStream()) {
			return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("%PDF-");
		}
	}

	public String hold(MultipartFile upload) throws IOException {
		String token = UUID.randomUUID().toString();
		Files.createDirectories(pending);
		try (InputStream in = upload.getInputStream()) {
			Files.copy(in, pending.resolve(token + ".pdf"));
		}
		return token;
	}

	public boolean isHeld(String token) {
		return token != null && TOKEN.matcher(token).matches() && Files.isRegularFile(pending.resolve(token + ".pdf"));
	}

	/** Moves a held upload to the meetings' files; answers its size. */
	public long keep(String token) throws IOException {
		Files.createDirectories(kept);
		Path target = kept.resolve(token + ".pdf");
		Files.move(pending.resolve(token + ".pdf"), target, StandardCopyOption.ATOMIC_MOVE);
		return Files.size(target);
	}

	public Path path(String file) {
		if (!TOKEN.matcher(file.replace(".pdf", "")).matches()) {
			throw new IllegalArgumentException("Not a stored file name: " + file);
		}
		return kept.resolve(file);
	}

}
