package dev.rustvsgo.data;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the data version to {@code /actuator/info}: {@code data.version} (the SHA-256 of
 * the data files, as in every API response's {@code Data-Version} header),
 * {@code data.articles} and {@code data.files}, the files read.
 */
@Component
class DataInfoContributor implements InfoContributor {

	private final DataFiles files;

	DataInfoContributor(DataFiles files) {
		this.files = files;
	}

	@Override
	public void contribute(Info.Builder builder) {
		DataFiles.DataVersion data = this.files.version();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", data.digest());
		details.put("articles", data.articles());
		details.put("files", data.files());
		builder.withDetail("data", details);
	}

}
