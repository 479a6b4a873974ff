package cn.gov.legalprocurement;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application as the README starts it (H2 file database in a fresh folder, demo data, the
 * embedded Elasticsearch node, job executor on, security), shared by the tests that need it running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=500",
        "portal.search.outbox-interval-ms=300", "vaadin.devmode.devTools.enabled=false"})
abstract class RunningPortal {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-data-");
        registry.add("portal.data-dir", dir::toString);
    }
}
