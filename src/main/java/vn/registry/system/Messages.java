package vn.registry.system;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's texts: {@code messages.properties} (Vietnamese) and {@code messages_en.properties},
 * read as UTF-8, with no fallback to the server's own locale.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new UnsharedFormats();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * Spring's message source keeps one {@link MessageFormat} per text and language and formats
	 * under its lock: a page that fills in a text for each roster row had the server's requests
	 * queue on that lock (some 1,600 waits of 20 ms or more in 20 s of rendering committee pages at
	 * 32 connections). Each message with arguments gets a format of its own instead: parsing a short
	 * text costs far less than waiting.
	 */
	static final class UnsharedFormats extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			String text = resolveCodeWithoutArguments(code, locale);
			return text == null ? null : createMessageFormat(text, locale);
		}

	}

}
