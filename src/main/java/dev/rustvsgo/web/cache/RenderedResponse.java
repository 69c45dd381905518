package dev.rustvsgo.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A response body rendered once, with its media type, its strong ETag and, from
 * {@link #GZIP_THRESHOLD} bytes, its gzip-encoded variant. The variants are different
 * representations, so each has its own strong ETag (the gzip one ends in {@code -gzip}).
 *
 * @param contentType the media type the handler wrote, e.g. {@code application/json}
 * @param body the bytes as the handler wrote them
 * @param etag quoted strong entity tag derived from the bytes
 * @param gzipped the gzip-encoded bytes, or {@code null} for small bodies
 * @param gzippedEtag quoted strong entity tag of the gzip variant, or {@code null}
 */
record RenderedResponse(String contentType, byte[] body, String etag, byte[] gzipped, String gzippedEtag) {

	/** Bodies smaller than this (in bytes) are not worth compressing. */
	static final int GZIP_THRESHOLD = 2048;

	static RenderedResponse of(String contentType, byte[] body) {
		String tag = HexFormat.of().formatHex(sha256(body), 0, 16);
		if (body.length < GZIP_THRESHOLD) {
			return new RenderedResponse(contentType, body, "\"" + tag + "\"", null, null);
		}
		return new RenderedResponse(contentType, body, "\"" + tag + "\"", gzip(body), "\"" + tag + "-gzip\"");
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
