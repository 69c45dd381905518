package dev.rustvsgo.web;

import org.springframework.test.context.TestPropertySource;

/**
 * The statement budgets of {@link StatementCountTests} again, with the synthetic data set
 * (10 times the real data, 10,000 more claims) loaded: the counts do not grow with the
 * data.
 */
// Its own in-memory database: the synthetic rows must not leak into the contexts of other
// tests.
@TestPropertySource(properties = { "rustvsgo.synthetic.enabled=true", "rustvsgo.synthetic.scale=10",
		"spring.datasource.url=jdbc:h2:mem:synthetic-statements;DB_CLOSE_DELAY=-1" })
class SyntheticStatementCountTests extends StatementCountTests {

}
