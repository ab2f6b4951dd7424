package vn.registry.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the date pattern ({@code datePattern}, "dd/MM/yyyy"), for the date inputs' hint
 * and their browser-side check ({@code data-date-pattern}): the same rule the server binds with.
 */
@ControllerAdvice
class DatePatternAdvice {

	@ModelAttribute("datePattern")
	String datePattern() {
		return Dates.PATTERN;
	}

}
