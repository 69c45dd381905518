package dev.rustvsgo.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rejects query parameters an API operation does not declare, so that a typo such as
 * {@code ?favour=GO} answers 400 naming it instead of silently returning unfiltered data.
 * The declared names are read from the handler's {@link RequestParam} annotations.
 */
class UnknownParameterInterceptor implements HandlerInterceptor {

	private final Map<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && request.getRequestURI().startsWith("/api/")) {
			Set<String> allowed = this.declared.computeIfAbsent(method, UnknownParameterInterceptor::parameterNames);
			List<String> unknown = new ArrayList<>();
			for (String name : Collections.list(request.getParameterNames())) {
				if (!allowed.contains(name)) {
					unknown.add(name);
				}
			}
			if (!unknown.isEmpty()) {
				throw InvalidParameterException.unknownParameter(unknown.get(0), request.getParameter(unknown.get(0)),
						List.copyOf(allowed));
			}
		}
		return true;
	}

	private static Set<String> parameterNames(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
			}
		}
		return Collections.unmodifiableSet(names);
	}

}
