package vn.registry.source;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records where a clerk's entry comes from. The "Nguồn" typed in a decision form becomes a source of
 * its own, cited by the decision, by every seat it starts and by the committee, so every page shows it.
 */
@Component
public class Sources {

	private final JdbcClient jdbc;

	Sources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new source for what the clerk typed: an address is kept as the source's link too. */
	public long fromNote(String note) {
		String text = note.strip();
		boolean address = text.matches("(?i)https?://\\S+");
		return jdbc.sql("INSERT INTO source (title, url) VALUES (:title, :url) RETURNING id")
			.param("title", text.length() > 500 ? text.substring(0, 500) : text)
			.param("url", address && text.length() <= 1000 ? text : null)
			.query(Long.class)
			.single();
	}

	/** The committee cites the source (once). */
	public void cite(long committeeId, long sourceId) {
		jdbc.sql("INSERT INTO committee_source (committee_id, source_id) VALUES (:committee, :source) ON CONFLICT DO NOTHING")
			.param("committee", committeeId)
			.param("source", sourceId)
			.update();
	}

}
