package dev.rustvsgo;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;

/** The HTTP suite on the embedded H2 database, as a newcomer runs the service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class H2ApiHttpTests extends ApiHttpTests {

}
