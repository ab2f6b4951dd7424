package vn.registry.account;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message for the page after a redirect: a message key and up to two arguments, shown as
 * {@code #{${notice.key}(${notice.arg0}, ${notice.arg1})}}.
 */
public record Notice(String key, boolean error, Object arg0, Object arg1) implements Serializable {

	public static final String ATTRIBUTE = "notice";

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, of(key, false, args));
	}

	public static void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, of(key, true, args));
	}

	private static Notice of(String key, boolean error, Object... args) {
		return new Notice(key, error, args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null);
	}

}
