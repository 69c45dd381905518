package dev.rustvsgo.web.problem;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.MediaType;

/**
 * Tomcat's error report for errors that happen before a request reaches Spring MVC, such
 * as a request line Tomcat cannot parse (a raw non-ASCII or control character in the
 * URL): an RFC 9457 problem ({@link Problems#containerError}) instead of Tomcat's HTML
 * page, with no server version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		byte[] body = Problems.toJson(Problems.containerError(status, instance(request)));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is already broken; there is nobody left to report to.
		}
	}

	/**
	 * The request path as received (undecoded), or "/" when Tomcat could not parse one.
	 * Characters a URI may not hold are percent-encoded.
	 */
	private static String instance(Request request) {
		String uri = (request.getCoyoteRequest() != null) ? request.getCoyoteRequest().requestURI().toString() : null;
		if (uri == null || uri.isEmpty()) {
			return "/";
		}
		StringBuilder encoded = new StringBuilder(uri.length());
		for (char c : uri.toCharArray()) {
			if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '`' || c == '^'
					|| c == '{' || c == '}' || c == '|') {
				encoded.append(String.format("%%%02X", (int) c & 0xff));
			}
			else {
				encoded.append(c);
			}
		}
		return encoded.toString();
	}

}
