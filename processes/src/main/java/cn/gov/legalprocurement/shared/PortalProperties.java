package cn.gov.legalprocurement.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings: where it keeps its files ({@code portal.data-dir}: the audit-signing
 * key, the H2 database of the embedded default) and the limits on uploaded files.
 */
@ConfigurationProperties("portal")
public record PortalProperties(Path dataDir, Uploads uploads) {

    /** {@code portal.uploads.max-bytes} (default 20 MB) and {@code portal.uploads.max-pages} (default 300). */
    public record Uploads(Long maxBytes, Integer maxPages) {

        public Uploads {
            maxBytes = maxBytes == null ? 20L * 1024 * 1024 : maxBytes;
            maxPages = maxPages == null ? 300 : maxPages;
        }
    }

    public PortalProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        uploads = uploads == null ? new Uploads(null, null) : uploads;
    }
}
