package cn.gov.legalprocurement.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.search.*}: where the build unpacked the Elasticsearch distribution for the
 * embedded node, its heap, and the alias the portal reads and writes. Setting
 * {@code spring.elasticsearch.uris} switches to an external cluster instead of the embedded node.
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(Path distribution, String heap, String alias) {

    public SearchProperties {
        distribution = distribution == null ? Path.of("target/elasticsearch") : distribution;
        heap = heap == null ? "512m" : heap;
        alias = alias == null ? "contracts" : alias;
    }
}
