package dev.rustvsgo.data;

import java.util.List;

/**
 * The data read from every data location, in load order: the shared vocabularies and
 * contradictions (concatenated across locations), the articles (by location, then file
 * name), and the version that names them.
 *
 * @param dimensions every dimension, in display order
 * @param useCases every use case, in display order
 * @param organisations every organisation
 * @param contradictions the curated contradictions, in display order
 * @param articles one entry per article file
 * @param version the SHA-256 digest (64 lower-case hex digits) of the files' names and
 * bytes, in load order: equal versions mean equal data
 * @param files the files read, as {@code <location><name>}
 */
public record DataSet(List<SharedFile.Term> dimensions, List<SharedFile.Term> useCases,
		List<SharedFile.Organisation> organisations, List<SharedFile.Contradiction> contradictions,
		List<ArticleFile> articles, String version, List<String> files) {

}
