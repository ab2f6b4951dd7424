package vn.registry.system.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The responses the page cache keeps, least recently used first out, within a memory budget
 * ({@code registry.page-cache.max-bytes}, 32 MiB by default). A page is kept the second time it is
 * asked for: pages asked for once (a crawler's) would only push out the popular ones and keep the
 * garbage collector busy. Once a newer data version is seen, every older page is dropped: none
 * may be served again.
 */
@Component
class KeptPages {

	/** A response as rendered at a data version on a day, with all it takes to send it again. */
	record Page(long version, String day, String etag, String contentType, Locale locale, List<String[]> headers,
			byte[] body, byte[][] gzip) {

		/** The body compressed once, the first time a client asks for gzip. */
		byte[] gzipped() {
			synchronized (gzip) {
				if (gzip[0] == null) {
					ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
					try (GZIPOutputStream compressing = new GZIPOutputStream(out)) {
						compressing.write(body);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					gzip[0] = out.toByteArray();
				}
				return gzip[0];
			}
		}

	}

	private final long maxBytes;

	private static final int SEEN = 16_384;

	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	/** The keys asked for lately, oldest first out. */
	private final LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > SEEN;
		}
	};

	private long bytes;

	private long newestVersion;

	KeptPages(@Value("${registry.page-cache.max-bytes:33554432}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The page kept under {@code key} if it was rendered at {@code version}. */
	synchronized Page get(String key, long version) {
		if (version > newestVersion) {
			pages.clear();
			bytes = 0;
			newestVersion = version;
		}
		Page page = pages.get(key);
		return page != null && page.version() == version ? page : null;
	}

	/** Keeps the page if it was asked for before. */
	synchronized void put(String key, Page page) {
		if (seen.put(key, Boolean.TRUE) == null || page.version() < newestVersion
				|| page.body().length > maxBytes / 8) {
			return;
		}
		Page previous = pages.put(key, page);
		bytes += page.body().length - (previous == null ? 0 : previous.body().length);
		Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
		while (bytes > maxBytes && eldest.hasNext()) {
			bytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

}
