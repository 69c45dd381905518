-- Every axis the five articles compare. position is the display order used by every listing.

INSERT INTO dimension (slug, name, description, position) VALUES
('performance', 'Performance', 'Runtime speed and throughput, especially for CPU-bound work and benchmarks.', 1),
('memory', 'Memory management', 'How memory is managed (ownership versus garbage collection), memory footprint and GC pauses.', 2),
('concurrency', 'Concurrency', 'Concurrency model: goroutines and channels versus threads, async/await and executors.', 3),
('safety', 'Safety and reliability', 'Compile-time guarantees against memory and concurrency bugs, and how reliable the resulting software is.', 4),
('error-handling', 'Error handling', 'How errors are represented and whether the language forces callers to handle them.', 5),
('type-system', 'Type system and language features', 'Generics, traits, sum types, macros and the expressiveness of the language.', 6),
('learning-curve', 'Learning curve', 'How long it takes to learn the language and become productive in it.', 7),
('team-productivity', 'Team productivity', 'Onboarding, development velocity and how easily teams work in a shared codebase.', 8),
('compile-speed', 'Compile speed', 'How long builds take and how that affects the edit-compile-test cycle.', 9),
('tooling', 'Tooling', 'Build tools, package managers, formatters, linters and IDE support.', 10),
('testing', 'Testing and debugging', 'Built-in test frameworks, benchmarking and debugging aids.', 11),
('standard-library', 'Standard library', 'What the standard library covers without third-party dependencies.', 12),
('ecosystem', 'Ecosystem and libraries', 'Third-party libraries and frameworks: web, async, database, serialization, networking.', 13),
('community', 'Community', 'Culture, size and helpfulness of the developer community and its learning resources.', 14),
('adoption', 'Industry adoption', 'Companies and projects said to use the language in production, and industry backing.', 15),
('job-market', 'Job market', 'Demand for developers, salaries and hiring.', 16),
('maintainability', 'Maintainability', 'Long-term maintenance, refactoring and readability of codebases.', 17),
('deployment', 'Deployment', 'How programs are built and shipped, for example as single binaries.', 18),
('use-cases', 'Use cases', 'Which kinds of projects each language suits best.', 19),
('philosophy', 'Philosophy and design goals', 'What each language was designed for and the trade-offs it chooses.', 20),
('outlook', 'Outlook', 'Where each language is heading: growth, momentum and future adoption.', 21);
