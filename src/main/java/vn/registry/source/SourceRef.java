package vn.registry.source;

/** A document a fact comes from. Unknown parts are null. */
public record SourceRef(long id, String title, String publisher, String author, String url, String published,
		String seedFile) {
}
