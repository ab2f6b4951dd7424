package vn.registry.committee;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * Where a committee sits: the committee above it, and the committees of the units directly below,
 * on {@code day} (the day shown, within the life of the committee's unit). {@code pageNumber} counts from 1.
 */
public record Hierarchy(LocalDate day, Above above, long unitsBelow, long unitsBelowWithCommittee,
		long committeesBelow, List<Below> items, int pageNumber) {

	static final int PAGE_SIZE = 20;

	public record Above(long id, String name, String unitName) {
	}

	public record Below(long id, String name, CommitteeStatus status, String unitName) {
	}

	/** The committees below as a page, for the pager. */
	public Page<Below> page() {
		return new PageImpl<>(items, PageRequest.of(pageNumber - 1, PAGE_SIZE), committeesBelow);
	}

}
