-- The five articles, archived unchanged under docs/sources/<slug>.txt (copied from shared/seeds/<seed_file>).
-- Metadata is only what the article text itself gives; everything else stays NULL and metadata_note says why.

INSERT INTO source (slug, title, author, publisher, published_on, archive_file, seed_file, metadata_note) VALUES
('rust-vs-go-2025-which-backend-language',
 'Rust vs Go in 2025: Which Backend Language Should You Learn Now?',
 'Ashish Galiyan', NULL, NULL,
 'docs/sources/rust-vs-go-2025-which-backend-language.txt', '000_5ca910313954415b.txt',
 'Title and author are given in the article. It is dated only "a month ago", so the publication date is unknown; no publisher is named.'),
('battle-for-the-future-of-backend',
 'Rust vs. Go: The Battle for the Future of Backend Development',
 NULL, NULL, NULL,
 'docs/sources/battle-for-the-future-of-backend.txt', '001_3db6ec4c9487576a.txt',
 'Title is given in the article. No author or date is given. The article promotes the hiring platform Remoteplatz, but does not say who published it, so the publisher is left unknown.'),
('two-roads-one-destination',
 'Rust vs. Go: Two Roads, One Destination',
 NULL, NULL, NULL,
 'docs/sources/two-roads-one-destination.txt', '002_c6647e65989f2e58.txt',
 'Title is given in the article. No author, publisher or date is given; the author writes in the first person but is not named.'),
('practical-comparison-2026',
 'Rust vs Go in 2026: A Practical Comparison for Backend Engineers',
 NULL, NULL, NULL,
 'docs/sources/practical-comparison-2026.txt', '003_fc387ccf1b7a4fe1.txt',
 'Title is given in the article (a blog post). No author, publisher or date is given; "2026" in the title is the only time reference.'),
('go-for-a-job-rust-to-understand-computers',
 NULL,
 NULL, NULL, NULL,
 'docs/sources/go-for-a-job-rust-to-understand-computers.txt', '004_7669222c024d47e8.txt',
 'The archived text has no title, author, publisher or date. The slug paraphrases its short answer: "Go if you want a job. Rust if you want to understand computers."');
