package dev.rustvsgo.web;

import java.io.IOException;

import dev.rustvsgo.data.DataFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code Data-Version} to every response: the SHA-256 of the data files the service
 * loaded (as {@code data.version} in {@code /actuator/info}), so that a client or an
 * operator can tell which data an answer comes from, and that two replicas serve the
 * same.
 */
class DataVersionFilter extends OncePerRequestFilter {

	static final String HEADER = "Data-Version";

	private final ObjectProvider<DataFiles> files;

	DataVersionFilter(ObjectProvider<DataFiles> files) {
		this.files = files;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.files.ifAvailable((data) -> response.setHeader(HEADER, data.version().digest()));
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
