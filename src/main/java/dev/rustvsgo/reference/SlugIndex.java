package dev.rustvsgo.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rustvsgo.web.problem.InvalidParameterException;
import dev.rustvsgo.web.problem.ResourceNotFoundException;

/**
 * An immutable in-memory index of a small reference table (sources or dimensions) by slug
 * and by database id, in the order the rows were added.
 *
 * @param <T> the API record the rows are served as
 */
public final class SlugIndex<T> {

	private final String kind;

	private final String collectionPath;

	private final Map<String, T> bySlug = new LinkedHashMap<>();

	private final Map<String, Long> idBySlug = new LinkedHashMap<>();

	private final Map<Long, T> byId = new LinkedHashMap<>();

	private final Map<Long, Integer> rankById = new LinkedHashMap<>();

	private final List<Long> ids = new ArrayList<>();

	/**
	 * @param kind what the slugs name, for error messages ("source", "dimension")
	 * @param collectionPath the endpoint listing every slug, for error messages
	 */
	public SlugIndex(String kind, String collectionPath) {
		this.kind = kind;
		this.collectionPath = collectionPath;
	}

	public void add(long id, String slug, T value) {
		this.bySlug.put(slug, value);
		this.idBySlug.put(slug, id);
		this.byId.put(id, value);
		this.rankById.put(id, this.rankById.size());
		this.ids.add(id);
	}

	public List<T> all() {
		return List.copyOf(this.bySlug.values());
	}

	/** The database ids in the index order, as a read-only view (no copy). */
	public List<Long> ids() {
		return Collections.unmodifiableList(this.ids);
	}

	public List<String> slugs() {
		return List.copyOf(this.bySlug.keySet());
	}

	public Optional<T> find(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/** The row with this slug; a 404 problem naming the slug when there is none. */
	public T get(String slug) {
		return find(slug).orElseThrow(() -> ResourceNotFoundException.forSlug(this.kind, slug, this.collectionPath));
	}

	/** The database id of the row with this slug; a 404 problem when there is none. */
	public long idOf(String slug) {
		Long id = this.idBySlug.get(slug);
		if (id == null) {
			throw ResourceNotFoundException.forSlug(this.kind, slug, this.collectionPath);
		}
		return id;
	}

	/** The row with this database id; ids come from foreign keys, so the row exists. */
	public T byId(long id) {
		return this.byId.get(id);
	}

	/** The position of the row with this database id in the index order, from 0. */
	public int rankOf(long id) {
		return this.rankById.get(id);
	}

	/**
	 * Resolves the slugs of a filter parameter to database ids.
	 * @param parameter the query parameter the slugs came from, named in the error
	 * @param slugs requested slugs; empty means no filter
	 * @return the ids in request order, empty when no filter was given
	 * @throws InvalidParameterException naming the unknown slug and the allowed ones
	 */
	public List<Long> idsOf(String parameter, Collection<String> slugs) {
		List<Long> ids = new ArrayList<>(slugs.size());
		for (String slug : slugs) {
			Long id = this.idBySlug.get(slug);
			if (id == null) {
				throw new InvalidParameterException(parameter, slug, "unknown " + this.kind + " slug", slugs());
			}
			ids.add(id);
		}
		return ids;
	}

}
