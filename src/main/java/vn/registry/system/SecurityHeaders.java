package vn.registry.system;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response: Spring Security writes them (see SecurityConfiguration);
 * {@link RequestInputFilter}, which refuses requests before security sees them, writes the same.
 * Scripts and styles only from the application's own files (no template has an inline script or
 * handler), no plugins, no framing, forms only to the application; Bootstrap's CSS draws its icons
 * from data: URIs.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private SecurityHeaders() {
	}

	static void write(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
	}

}
