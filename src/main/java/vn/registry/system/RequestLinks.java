package vn.registry.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the page the user is on with one parameter changed: the language switcher's
 * ({@code links.lang('en')}) and the pager's ({@code links.page(3)}), keeping every filter.
 */
@ControllerAdvice
class RequestLinks {

	@ModelAttribute("links")
	Links links(HttpServletRequest request) {
		return new Links(request.getRequestURI(), request.getQueryString());
	}

	public record Links(String path, String query) {

		public String lang(String lang) {
			return with("lang", lang);
		}

		public String page(int page) {
			return with("page", String.valueOf(page));
		}

		private String with(String name, String value) {
			try {
				return UriComponentsBuilder.fromPath(path)
					.query(query)
					.replaceQueryParam(name, value)
					.build(true)
					.toUriString();
			}
			catch (IllegalArgumentException ex) {
				// A query the browser did not encode properly: drop it rather than fail the page.
				return path + "?" + name + "=" + value;
			}
		}

	}

}
