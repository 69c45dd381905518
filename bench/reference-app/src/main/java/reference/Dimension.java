package reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A row of the {@code dimension} table that {@code V1__dimension.sql} creates. */
@Entity
public class Dimension {

	@Id
	private String slug;

	private String name;

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

}
