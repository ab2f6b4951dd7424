package vn.registry.history;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What one transaction did to a committee, as a reader is told it: when (Vietnam time), who typed
 * it (shown to logged-in users only), the decision it recorded, and each change in words.
 */
record HistoryEntry(LocalDateTime at, String changedBy, Value decision, List<Change> changes) {

	/**
	 * One row's change: a sentence ("Thêm thành viên Nguyễn Văn A (Trưởng ban)") and what changed in
	 * it. A row added or removed has no "before" (or no "after"): its values read as one line, and
	 * only a row that was changed gets a before/after table.
	 */
	record Change(String sentence, boolean changed, List<FieldChange> fields) {
	}

	record FieldChange(String label, Value before, Value after) {
	}

	/** A value in words; a decision's links to its page. */
	record Value(String text, Long decisionId) {

		static Value of(String text) {
			return new Value(text, null);
		}

	}

}
