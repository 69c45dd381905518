package dev.rustvsgo.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for errors that happen before a request reaches Spring MVC, such
 * as a request line Tomcat cannot parse (a raw non-ASCII or control character in the
 * URL): an RFC 9457 problem in JSON instead of Tomcat's HTML page, with no server
 * version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus resolved = HttpStatus.resolve(status);
		String title = (resolved != null) ? resolved.getReasonPhrase() : "Error";
		String detail = (status == 400)
				? "The request could not be parsed. Percent-encode characters outside printable ASCII in the URL."
				: "The request could not be processed.";
		String body = "{\"type\":\"" + ApiExceptionHandler.typeFor(status) + "\",\"title\":\"" + title
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\""
				+ jsonEscape(instance(request)) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is already broken; there is nobody left to report to.
		}
	}

	/**
	 * The request path as received (undecoded), or "/" when Tomcat could not parse one.
	 */
	private static String instance(Request request) {
		String uri = (request.getCoyoteRequest() != null) ? request.getCoyoteRequest().requestURI().toString() : null;
		return (uri == null || uri.isEmpty()) ? "/" : uri;
	}

	static String jsonEscape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
