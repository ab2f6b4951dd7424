package vn.registry.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Input that would only fail deep down, refused at the door: {@link RequestInputFilter} for what no
 * parameter may hold, and dates a clerk or a link can mean (years 1 to 9999; PostgreSQL stores
 * neither year -999999999 nor +999999999, and a page asked for one answered 500).
 */
@Configuration(proxyBeanMethods = false)
class InputHandling implements WebMvcConfigurer {

	static final int MIN_YEAR = 1;

	static final int MAX_YEAR = 9999;

	@Bean
	FilterRegistrationBean<RequestInputFilter> requestInputFilter() {
		FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(new RequestInputFilter());
		// After Spring Boot's character encoding filter (the highest precedence), before everything else.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// Registered after Spring's own, so it is the one used for @DateTimeFormat dates.
		registry.addFormatterForFieldAnnotation(new BoundedDates());
	}

	/** {@code @DateTimeFormat} as Spring reads it, refusing a year outside 1 to 9999. */
	static final class BoundedDates implements AnnotationFormatterFactory<DateTimeFormat> {

		private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class);
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return standard.getPrinter(annotation, fieldType);
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			Parser<?> parser = standard.getParser(annotation, fieldType);
			return (String text, Locale locale) -> {
				Object parsed = parser.parse(text, locale);
				if (parsed instanceof LocalDate date && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
					throw new ParseException("Year out of range: " + text, 0);
				}
				return parsed;
			};
		}

	}

}
