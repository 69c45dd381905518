package dev.rustvsgo.claim;

import java.util.Arrays;

/**
 * The pairs of adjacent characters of texts, hashed into a set of 1,024 bits, to rule out
 * most texts of the in-memory model before a substring search: a text contains a query
 * only if it contains each of the query's pairs, so a set that lacks one of them rules
 * the text out (there are no false negatives; a hash collision only lets a text through
 * to the substring search).
 */
final class CharacterPairs {

	private static final int BITS = 1024;

	private CharacterPairs() {
	}

	/** The set of the pairs of every given text. */
	static long[] setOf(String... texts) {
		long[] set = new long[BITS / Long.SIZE];
		for (String text : texts) {
			for (int i = 1; i < text.length(); i++) {
				int bit = bit(text.charAt(i - 1), text.charAt(i));
				set[bit >>> 6] |= 1L << bit;
			}
		}
		return set;
	}

	/**
	 * The distinct bits of a query's pairs; none for a query shorter than 2 characters.
	 */
	static int[] bitsOf(String query) {
		int[] bits = new int[Math.max(0, query.length() - 1)];
		for (int i = 1; i < query.length(); i++) {
			bits[i - 1] = bit(query.charAt(i - 1), query.charAt(i));
		}
		return Arrays.stream(bits).distinct().toArray();
	}

	/** Whether a text with this set of pairs may contain a query with these bits. */
	static boolean mayContain(long[] set, int[] bits) {
		for (int bit : bits) {
			if ((set[bit >>> 6] & (1L << bit)) == 0) {
				return false;
			}
		}
		return true;
	}

	/** The top 10 bits of a multiplicative hash of the pair. */
	private static int bit(char first, char second) {
		return (((first << 16) | second) * 0x9E3779B1) >>> 22;
	}

}
