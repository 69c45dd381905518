package dev.rustvsgo.reference;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source")
class SourceEntity {

	@Id
	private Long id;

	private String slug;

	private String title;

	private String author;

	private String publisher;

	private LocalDate publishedOn;

	private String archiveFile;

	private String seedFile;

	private String metadataNote;

	protected SourceEntity() {
	}

	Long getId() {
		return this.id;
	}

	Source toSource() {
		return new Source(this.slug, this.title, this.author, this.publisher, this.publishedOn, this.archiveFile,
				this.metadataNote);
	}

}
