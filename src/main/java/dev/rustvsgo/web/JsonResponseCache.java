package dev.rustvsgo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves API responses from JSON rendered once per distinct request. The data only
 * changes with a deployment (a Flyway migration), so a rendered body can never go stale
 * while the process runs: a repeat request touches neither the database nor the JSON
 * serializer, and its strong ETag was computed when the body was rendered. Spring MVC
 * answers {@code If-None-Match} with {@code 304} from that ETag.
 */
@Component
public class JsonResponseCache {

	/**
	 * Name of the Spring cache holding rendered responses (bounded by bytes, see
	 * {@link CacheConfiguration}).
	 */
	public static final String CACHE_NAME = "responses";

	/**
	 * Browsers and proxies may reuse a response for 5 minutes, then revalidate with its
	 * ETag.
	 */
	static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final Cache cache;

	private final JsonMapper jsonMapper;

	JsonResponseCache(CacheManager cacheManager, JsonMapper jsonMapper) {
		this.cache = cacheManager.getCache(CACHE_NAME);
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The response for this request: from the cache when the same path and query string
	 * were rendered before, else rendered from {@code body} and cached. Exceptions thrown
	 * by {@code body} (unknown slug, bad parameter) propagate and nothing is cached.
	 */
	public ResponseEntity<byte[]> respond(HttpServletRequest request, Supplier<?> body) {
		String query = request.getQueryString();
		String key = (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
		RenderedJson rendered = this.cache.get(key, RenderedJson.class);
		if (rendered == null) {
			rendered = RenderedJson.of(this.jsonMapper.writeValueAsBytes(body.get()));
			this.cache.put(key, rendered);
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CACHE_CONTROL)
			.varyBy(HttpHeaders.ACCEPT_ENCODING);
		if (rendered.gzipped() != null && acceptsGzip(request)) {
			return response.header(HttpHeaders.CONTENT_ENCODING, "gzip")
				.eTag(rendered.gzippedEtag())
				.body(rendered.gzipped());
		}
		return response.eTag(rendered.etag()).body(rendered.body());
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		for (String value : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			for (String coding : value.split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip")
						&& !(parts.length > 1 && parts[1].replace(" ", "").equals("q=0"))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Drops every rendered response, so the next requests run cold (used by tests and
	 * benchmarks).
	 */
	public void clear() {
		this.cache.clear();
	}

	/**
	 * A response body rendered once, with its strong ETag and, above
	 * {@link #GZIP_THRESHOLD} bytes, its gzip-encoded variant. The variants are different
	 * representations, so each has its own strong ETag (the gzip one ends in
	 * {@code -gzip}).
	 *
	 * @param body the JSON bytes
	 * @param etag quoted strong entity tag derived from the bytes
	 * @param gzipped the gzip-encoded bytes, or {@code null} for small bodies
	 * @param gzippedEtag quoted strong entity tag of the gzip variant, or {@code null}
	 */
	public record RenderedJson(byte[] body, String etag, byte[] gzipped, String gzippedEtag) {

		/** Bodies smaller than this are not worth compressing. */
		static final int GZIP_THRESHOLD = 2048;

		static RenderedJson of(byte[] body) {
			String tag = HexFormat.of().formatHex(sha256(body), 0, 16);
			if (body.length < GZIP_THRESHOLD) {
				return new RenderedJson(body, "\"" + tag + "\"", null, null);
			}
			return new RenderedJson(body, "\"" + tag + "\"", gzip(body), "\"" + tag + "-gzip\"");
		}

		private static byte[] sha256(byte[] bytes) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(bytes);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is required of every JVM", ex);
			}
		}

		private static byte[] gzip(byte[] bytes) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

		/** Cache weight: bytes held, for the size bound. */
		int weight() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 64;
		}

	}

}
