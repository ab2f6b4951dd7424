package vn.registry.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/** A page of a list in the API; {@code page} counts from 1, as in the pages' addresses. */
@Schema(name = "Page", description = "One page of a list: its items and where it sits in the whole list.")
public record ApiPage<T>(@Schema(description = "The items of this page, in list order.") List<T> items,
		@Schema(description = "This page's number, from 1.", example = "1") int page,
		@Schema(description = "Items per page.", example = "20") int size,
		@Schema(description = "Items in the whole list.", example = "11364") long totalItems,
		@Schema(description = "Pages in the whole list.", example = "569") int totalPages) {

	public static <T> ApiPage<T> of(Page<T> page) {
		return new ApiPage<>(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
