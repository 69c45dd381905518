package dev.rustvsgo.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the data files from the data locations ({@code rustvsgo.data.locations}, by
 * default {@code classpath:db/data/}). A location holds shared files at its top level
 * ({@code dimensions.yaml}, {@code use-cases.yaml}, {@code organisations.yaml},
 * {@code contradictions.yaml}, any of them optional) and one file per article under
 * {@code articles/}. The files are read once, the first time they are asked for; a file
 * that does not parse, or has a field its record does not know, stops the read with the
 * file's name. Whether the data is right (quotes, references, figures) is the linter's
 * job (DataLintTests), before any build.
 */
public class DataFiles {

	/** The shared files, in the order their lists are concatenated. */
	static final List<String> SHARED_FILES = List.of("dimensions.yaml", "use-cases.yaml", "organisations.yaml",
			"contradictions.yaml");

	private static final ObjectMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final List<String> locations;

	private final ResourcePatternResolver resolver;

	private volatile DataSet dataSet;

	/**
	 * Reads from these locations.
	 * @param locations resource locations ending with {@code /}, such as
	 * {@code classpath:db/data/} or {@code file:target/synthetic/}
	 * @param resolver how to list and open them
	 */
	public DataFiles(List<String> locations, ResourcePatternResolver resolver) {
		this.locations = List.copyOf(locations);
		this.resolver = resolver;
	}

	/** The data, read on first use. */
	public DataSet dataSet() {
		DataSet read = this.dataSet;
		if (read == null) {
			synchronized (this) {
				read = this.dataSet;
				if (read == null) {
					read = read();
					this.dataSet = read;
				}
			}
		}
		return read;
	}

	private DataSet read() {
		List<SharedFile.Term> dimensions = new ArrayList<>();
		List<SharedFile.Term> useCases = new ArrayList<>();
		List<SharedFile.Organisation> organisations = new ArrayList<>();
		List<SharedFile.Contradiction> contradictions = new ArrayList<>();
		List<ArticleFile> articles = new ArrayList<>();
		List<String> files = new ArrayList<>();
		MessageDigest digest = sha256();
		for (String location : this.locations) {
			String base = location.endsWith("/") ? location : location + "/";
			for (String name : SHARED_FILES) {
				Resource resource = this.resolver.getResource(base + name);
				if (resource.exists()) {
					SharedFile file = parse(resource, base + name, name, SharedFile.class, digest);
					files.add(base + name);
					dimensions.addAll(file.dimensions());
					useCases.addAll(file.useCases());
					organisations.addAll(file.organisations());
					contradictions.addAll(file.contradictions());
				}
			}
			for (Resource resource : articleFiles(base)) {
				String name = "articles/" + resource.getFilename();
				articles.add(parse(resource, base + name, name, ArticleFile.class, digest));
				files.add(base + name);
			}
		}
		return new DataSet(List.copyOf(dimensions), List.copyOf(useCases), List.copyOf(organisations),
				List.copyOf(contradictions), List.copyOf(articles), HexFormat.of().formatHex(digest.digest()),
				List.copyOf(files));
	}

	private List<Resource> articleFiles(String base) {
		try {
			Resource[] found = this.resolver.getResources(base + "articles/*.yaml");
			return Arrays.stream(found)
				.filter(Resource::exists)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			// A location without an articles/ directory (a file: location) has no
			// articles.
			return List.of();
		}
	}

	private static <T> T parse(Resource resource, String path, String name, Class<T> type, MessageDigest digest) {
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(bytes);
			digest.update((byte) 0);
			return MAPPER.readValue(bytes, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The data file " + path + " could not be read", ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The data file " + path + " does not parse: " + ex.getOriginalMessage()
					+ " (line " + ex.getLocation().getLineNr() + "); run DataLintTests for every mistake", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
