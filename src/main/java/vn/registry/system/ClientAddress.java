package vn.registry.system;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from: the connection's, or, when the connection is from a trusted
 * proxy ({@code registry.trusted-proxies}, a regular expression as Tomcat's {@code internal-proxies};
 * the loopback by default), the last address in {@code X-Forwarded-For} that is not one of them.
 * Anyone can send {@code X-Forwarded-For}: from an untrusted address it is ignored, so a client can
 * never claim another's address. Tomcat's own valve is given the same expression (see
 * application.properties), so both agree behind a real proxy.
 */
@Component
public class ClientAddress {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final int MAX_LENGTH = 64;

	private final Pattern trusted;

	ClientAddress(@Value("${registry.trusted-proxies}") String trustedProxies) {
		this.trusted = Pattern.compile(trustedProxies);
	}

	public String of(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		String forwarded = request.getHeader(FORWARDED_FOR);
		if (forwarded != null && isTrusted(address)) {
			String[] hops = forwarded.split(",");
			for (int i = hops.length - 1; i >= 0; i--) {
				String hop = hops[i].strip();
				if (hop.isEmpty()) {
					continue;
				}
				address = hop;
				if (!isTrusted(hop)) {
					break;
				}
			}
		}
		return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
	}

	private boolean isTrusted(String address) {
		return address != null && trusted.matcher(address).matches();
	}

}
