package dev.rustvsgo.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A response body rendered once, with its media type, its strong ETag, its RFC 9530
 * {@code Repr-Digest} and, from {@link #GZIP_THRESHOLD} bytes, its gzip-encoded variant
 * (made when it is kept or asked for). The variants are different representations, so
 * each has its own strong ETag (the gzip one ends in {@code -gzip}) and its own digest
 * (of the bytes sent).
 *
 * @param contentType the media type the handler wrote, e.g. {@code application/json}
 * @param contentDisposition the {@code Content-Disposition} the handler set (a CSV file
 * name), or {@code null}
 * @param body the bytes as the handler wrote them
 * @param etag quoted strong entity tag derived from the bytes
 * @param digest the {@code Repr-Digest} field value of the bytes
 * ({@code sha-256=:<base64>:})
 * @param gzipped the gzip-encoded bytes, or {@code null} for small bodies
 * @param gzippedEtag quoted strong entity tag of the gzip variant, or {@code null}
 * @param gzippedDigest the {@code Repr-Digest} field value of the gzip variant, or
 * {@code null}
 * @param route the URI pattern of the handler that rendered it (such as
 * {@code /api/sources/{slug}}), or {@code null} when unknown
 */
record RenderedResponse(String contentType, String contentDisposition, byte[] body, String etag, String digest,
		byte[] gzipped, String gzippedEtag, String gzippedDigest, String route) {

	/** Bodies smaller than this (in bytes) are not worth compressing. */
	static final int GZIP_THRESHOLD = 2048;

	/**
	 * Renders a response's variants.
	 * @param gzipVariant whether to make the gzip variant (of a body from
	 * {@link #GZIP_THRESHOLD} bytes); without it the response has the identity body only
	 */
	static RenderedResponse of(String contentType, String contentDisposition, byte[] body, String route,
			boolean gzipVariant) {
		byte[] sha256 = sha256(body);
		String tag = HexFormat.of().formatHex(sha256, 0, 16);
		if (body.length < GZIP_THRESHOLD || !gzipVariant) {
			return new RenderedResponse(contentType, contentDisposition, body, "\"" + tag + "\"", digest(sha256), null,
					null, null, route);
		}
		byte[] gzipped = gzip(body);
		return new RenderedResponse(contentType, contentDisposition, body, "\"" + tag + "\"", digest(sha256), gzipped,
				"\"" + tag + "-gzip\"", digest(sha256(gzipped)), route);
	}

	/**
	 * An RFC 9530 digest field value: the algorithm and the digest as a byte sequence.
	 */
	private static String digest(byte[] sha256) {
		return "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":";
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
