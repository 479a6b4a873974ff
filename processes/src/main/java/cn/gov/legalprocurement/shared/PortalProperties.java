package cn.gov.legalprocurement.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal keeps its own files ({@code portal.data-dir}): the bid-sealing key and, later,
 * documents. Defaults to {@code ./data} next to the H2 database.
 */
@ConfigurationProperties("portal")
public record PortalProperties(Path dataDir) {

    public PortalProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
