package dev.rustvsgo.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page Tomcat forwards to when a response inside the application ends in an
 * error status with no body, as when Tomcat refuses {@code TRACE} with 405: the problem
 * for that status, in place of Boot's {@code BasicErrorController} ({@code {timestamp,
 * status, error, path}}). Errors that Spring MVC handles never get here
 * ({@link ApiExceptionHandler}), nor those Tomcat rejects before it maps the request
 * ({@link ProblemErrorReportValve}).
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(status instanceof Integer code)) {
			// Asked for directly, not forwarded to: no endpoint has this path.
			return respond(Problems.noEndpoint(request.getMethod(), request.getRequestURI()));
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = ProblemErrorReportValve.instance((uri != null) ? uri.toString() : null);
		ProblemDetail problem = switch (code) {
			// The error dispatch is a GET; the method refused is kept in an attribute.
			case 405 ->
				Problems.methodNotAllowed(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_METHOD)), path);
			case 500 -> Problems.internalError();
			default -> Problems.containerError(code, path);
		};
		return respond(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
