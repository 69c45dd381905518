package dev.rustvsgo.web;

import java.io.IOException;

import dev.rustvsgo.data.DataFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code Data-Version} to every response: the SHA-256 of the data files the service
 * loaded (as {@code data.version} in {@code /actuator/info}), so that a client or an
 * operator can tell which data an answer comes from, and that two replicas serve the
 * same.
 */
class DataVersionFilter extends OncePerRequestFilter {

	static final String HEADER = "Data-Version";

	/**
	 * The loaded data files, looked up once they exist (a bean lookup per request would
	 * cost more than the rest of this filter).
	 */
	private final SingletonSupplier<DataFiles> files;

	DataVersionFilter(ObjectProvider<DataFiles> files) {
		this.files = SingletonSupplier.of(files::getIfAvailable);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DataFiles data = this.files.get();
		if (data != null) {
			response.setHeader(HEADER, data.version().digest());
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
