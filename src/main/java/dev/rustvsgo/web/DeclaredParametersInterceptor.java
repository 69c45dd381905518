package dev.rustvsgo.web;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustvsgo.web.problem.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds query strings to what an API operation declares, so that a request is never
 * silently answered with something other than what was asked: a parameter the operation
 * does not declare (a typo such as {@code ?favour=GO}) and a single-valued parameter
 * given more than once ({@code ?page=1&page=2}) are 400 problems naming the parameter.
 * The declared names are read from the handler's {@link RequestParam} annotations.
 */
class DeclaredParametersInterceptor implements HandlerInterceptor {

	/** Per handler: declared parameter name to whether it takes several values. */
	private final Map<HandlerMethod, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Map<String, Boolean> parameters = this.declared.computeIfAbsent(method,
					DeclaredParametersInterceptor::parameters);
			for (String name : Collections.list(request.getParameterNames())) {
				Boolean multiValued = parameters.get(name);
				String[] values = request.getParameterValues(name);
				if (multiValued == null) {
					throw InvalidParameterException.unknownParameter(name, values[0], List.copyOf(parameters.keySet()));
				}
				if (!multiValued && values.length > 1) {
					throw new InvalidParameterException(name, String.join(",", values),
							"given " + values.length + " times but takes a single value", List.of());
				}
			}
		}
		return true;
	}

	private static Map<String, Boolean> parameters(HandlerMethod method) {
		Map<String, Boolean> parameters = new TreeMap<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				Class<?> type = parameter.getParameterType();
				parameters.put(name, Collection.class.isAssignableFrom(type) || type.isArray());
			}
		}
		return Collections.unmodifiableMap(parameters);
	}

}
