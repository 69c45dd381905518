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
 * {@code articles/}. A file that does not parse, or has a field its record does not know,
 * stops the read with the file's name. Whether the data is right (quotes, references,
 * figures) is the linter's job (DataLintTests), before any build.
 * <p>
 * The {@linkplain #version() version} (a digest of the files' bytes) is computed once
 * without parsing; the parsed {@linkplain #dataSet() data set} is read afresh each time
 * it is asked for (Flyway's migration asks once, when the version changed) and is not
 * kept, so the service holds no copy of files it has loaded.
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

	private volatile DataVersion version;

	/**
	 * Reads from these locations.
	 * @param locations resource locations ending with {@code /}, such as
	 * {@code classpath:db/data/} or {@code file:target/bench/synthetic-100x/}
	 * @param resolver how to list and open them
	 */
	public DataFiles(List<String> locations, ResourcePatternResolver resolver) {
		this.locations = List.copyOf(locations);
		this.resolver = resolver;
	}

	/** Which data the files hold: their digest, names and article count, read once. */
	public DataVersion version() {
		DataVersion read = this.version;
		if (read == null) {
			synchronized (this) {
				read = this.version;
				if (read == null) {
					read = DataVersion.of(files());
					this.version = read;
				}
			}
		}
		return read;
	}

	/** The data, parsed from the files as they are now. */
	public DataSet dataSet() {
		List<SharedFile.Term> dimensions = new ArrayList<>();
		List<SharedFile.Term> useCases = new ArrayList<>();
		List<SharedFile.Organisation> organisations = new ArrayList<>();
		List<SharedFile.Contradiction> contradictions = new ArrayList<>();
		List<ArticleFile> articles = new ArrayList<>();
		List<DataFile> files = files();
		for (DataFile file : files) {
			if (file.article()) {
				articles.add(parse(file, ArticleFile.class));
			}
			else {
				SharedFile shared = parse(file, SharedFile.class);
				dimensions.addAll(shared.dimensions());
				useCases.addAll(shared.useCases());
				organisations.addAll(shared.organisations());
				contradictions.addAll(shared.contradictions());
			}
		}
		DataVersion version = DataVersion.of(files);
		return new DataSet(List.copyOf(dimensions), List.copyOf(useCases), List.copyOf(organisations),
				List.copyOf(contradictions), List.copyOf(articles), version.digest(), version.files());
	}

	/** Every data file's bytes, in load order. */
	private List<DataFile> files() {
		List<DataFile> files = new ArrayList<>();
		for (String location : this.locations) {
			String base = location.endsWith("/") ? location : location + "/";
			for (String name : SHARED_FILES) {
				Resource resource = this.resolver.getResource(base + name);
				if (resource.exists()) {
					files.add(new DataFile(base, name, false, bytes(resource, base + name)));
				}
			}
			for (Resource resource : articleFiles(base)) {
				String name = "articles/" + resource.getFilename();
				files.add(new DataFile(base, name, true, bytes(resource, base + name)));
			}
		}
		return files;
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

	private static byte[] bytes(Resource resource, String path) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The data file " + path + " could not be read", ex);
		}
	}

	private static <T> T parse(DataFile file, Class<T> type) {
		try {
			return MAPPER.readValue(file.bytes(), type);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(
					"The data file " + file.path() + " does not parse: " + ex.getOriginalMessage() + " (line "
							+ ex.getLocation().getLineNr() + "); run DataLintTests for every mistake",
					ex);
		}
	}

	/** One file as read: where it is, whether it is an article, its bytes. */
	private record DataFile(String location, String name, boolean article, byte[] bytes) {

		String path() {
			return this.location + this.name;
		}

	}

	/**
	 * Which data the files hold.
	 *
	 * @param digest the SHA-256 digest (64 lower-case hex digits) of the files' names and
	 * bytes, in load order: equal digests mean equal data
	 * @param files the files, as {@code <location><name>}, in load order
	 * @param articles how many article files there are
	 */
	public record DataVersion(String digest, List<String> files, int articles) {

		static DataVersion of(List<DataFile> files) {
			MessageDigest digest = sha256();
			for (DataFile file : files) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.bytes());
				digest.update((byte) 0);
			}
			return new DataVersion(HexFormat.of().formatHex(digest.digest()),
					files.stream().map(DataFile::path).toList(),
					(int) files.stream().filter(DataFile::article).count());
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

}
