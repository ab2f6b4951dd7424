package vn.registry.history;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What one transaction did to a committee, as a reader is told it: when (Vietnam time), who typed
 * it (shown to logged-in users only), the decision it recorded, and each change in words.
 */
record HistoryEntry(LocalDateTime at, String changedBy, Value decision, List<Change> changes) {

	/** One row's change: a sentence ("Thêm thành viên Nguyễn Văn A (Trưởng ban)") and what changed in it. */
	record Change(String sentence, List<FieldChange> fields) {
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
