package vn.registry.export;

import java.util.Locale;
import java.util.Optional;

/** The formats a list is taken away in. */
enum ExportFormat {

	/** UTF-8 with a byte order mark, which is how Excel knows to read it as UTF-8. */
	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	String fileName(String base) {
		return base + "." + extension;
	}

	static Optional<ExportFormat> fromParam(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(CSV);
		}
		for (ExportFormat format : values()) {
			if (format.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
