package dev.rustvsgo.web.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code rustvsgo.response-cache.max-bytes=0} nothing is kept or looked up: every
 * request is rendered, yet each answer is what the cached path sends (the same bytes and
 * ETag, gzip for a client that asks for it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "rustvsgo.response-cache.max-bytes=0")
class UncachedResponseTests {

	private static final String PATH = "/api/dimensions/concurrency?favors=GO";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private CacheManager cacheManager;

	@Test
	void rendersEveryRequestWithTheSameBytesAndGzipOnlyWhenAsked() throws Exception {
		HttpResponse<byte[]> first = get(null);
		HttpResponse<byte[]> second = get(null);
		HttpResponse<byte[]> gzipped = get("gzip");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue(HttpHeaders.ETAG))
			.isEqualTo(first.headers().firstValue(HttpHeaders.ETAG))
			.isPresent();
		assertThat(first.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
		assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		assertThat(gzipped.headers().firstValue(HttpHeaders.ETAG))
			.hasValue(first.headers().firstValue(HttpHeaders.ETAG).orElseThrow().replaceFirst("\"$", "-gzip\""));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(first.body());
		}

		com.github.benmanes.caffeine.cache.Cache<?, ?> cache = (com.github.benmanes.caffeine.cache.Cache<?, ?>) this.cacheManager
			.getCache(ResponseCache.CACHE_NAME)
			.getNativeCache();
		cache.cleanUp();
		assertThat(cache.stats().requestCount()).as("lookups in the response cache").isZero();
		assertThat(cache.estimatedSize()).as("responses kept").isZero();
	}

	private HttpResponse<byte[]> get(String acceptEncoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + PATH));
		if (acceptEncoding != null) {
			request.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
