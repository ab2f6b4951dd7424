package vn.registry.system;

import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/** The request as a GET with no parameters and no body. */
final class BodilessRequest extends HttpServletRequestWrapper {

	BodilessRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public String getContentType() {
		return null;
	}

	@Override
	public String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String[] getParameterValues(String name) {
		return null;
	}

	@Override
	public Collection<Part> getParts() {
		return List.of();
	}

	@Override
	public Part getPart(String name) {
		return null;
	}

}
