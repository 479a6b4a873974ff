package cn.gov.legalprocurement.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts index on Elasticsearch: an explicit, versioned mapping ({@code search/contracts-v3.json})
 * behind an alias, so that a rebuilt index can replace the live one without downtime.
 */
public class ElasticsearchContractIndex implements ContractIndex {

    /** Raise with every mapping change (a new file), then rebuild: the alias moves to the new index. */
    static final int MAPPING_VERSION = 3;
    static final String MAPPING = "/search/contracts-v" + MAPPING_VERSION + ".json";

    private final ElasticsearchClient client;
    private final String alias;
    /** While a rebuild runs, writes also go to the index being built. */
    private volatile String building;
    private volatile boolean exists;

    public ElasticsearchContractIndex(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    /** Creates the first index and its alias if there is none yet. */
    public void ensureExists() {
        if (exists) {
            return;
        }
        try {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = newIndexName();
                create(index);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            }
            exists = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void index(ContractSearchDocument document) {
        ensureExists();
        try {
            Map<String, Object> source = source(document);
            client.index(i -> i.index(alias).id(String.valueOf(document.id())).document(source));
            String target = building;
            if (target != null) {
                client.index(i -> i.index(target).id(String.valueOf(document.id())).document(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes many documents to one index (the rebuild). */
    void bulk(String index, List<ContractSearchDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (ContractSearchDocument d : documents) {
            bulk.operations(op -> op.index(i -> i.index(index).id(String.valueOf(d.id())).document(source(d))));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new IllegalStateException("Bulk indexing failed: " + response.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.error().reason()).limit(3).toList());
        }
    }

    void create(String index) throws IOException {
        try (InputStream mapping = ElasticsearchContractIndex.class.getResourceAsStream(MAPPING)) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
    }

    void building(String index) {
        this.building = index;
    }

    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the alias serves an index of an earlier mapping version, which a rebuild replaces. */
    public boolean outdated() {
        try {
            return client.indices().existsAlias(a -> a.name(alias)).value()
                    && client.indices().getAlias(g -> g.name(alias)).result().keySet().stream()
                    .anyMatch(index -> !index.startsWith(currentVersionPrefix()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String newIndexName() {
        return currentVersionPrefix() + stamp();
    }

    /** How the names of this mapping version's indices begin: {@code contracts-v3-}. */
    private String currentVersionPrefix() {
        return alias + "-v" + MAPPING_VERSION + "-";
    }

    static String stamp() {
        return LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
    }

    /**
     * What a search's words are matched in: the contract's title and text, then the parties' names and the catalogue
     * items, so that one query on one field finds a contract by any of them.
     */
    static String searchableText(ContractSearchDocument d) {
        StringBuilder text = new StringBuilder(d.fullText() == null ? "" : d.fullText());
        for (String extra : new String[] {d.purchaserName(), d.providerName()}) {
            if (extra != null && !extra.isBlank()) {
                text.append('\n').append(extra);
            }
        }
        if (d.catalogueItems() != null) {
            d.catalogueItems().forEach(item -> text.append('\n').append(item));
        }
        return text.toString();
    }

    static Map<String, Object> source(ContractSearchDocument d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", d.id());
        s.put("code", d.code());
        s.put("projectCode", d.projectCode());
        s.put("title", d.title());
        s.put("fullText", searchableText(d));
        s.put("status", d.status());
        s.put("method", d.method());
        s.put("methodLabel", d.methodLabel());
        s.put("purchaserId", d.purchaserId());
        s.put("purchaserName", d.purchaserName());
        s.put("providerId", d.providerId());
        s.put("providerName", d.providerName());
        s.put("catalogueClass", d.catalogueClass());
        s.put("catalogueClassName", d.catalogueClassName());
        s.put("catalogueItems", d.catalogueItems());
        s.put("jurisdiction", d.jurisdiction());
        s.put("amountFen", d.amountFen());
        s.put("paidFen", d.paidFen());
        s.put("fiscalYear", d.fiscalYear());
        s.put("signedAt", instant(d.signedAt()));
        s.put("publishedAt", instant(d.publishedAt()));
        s.put("termStart", d.termStart() == null ? null : d.termStart().toString());
        s.put("termEnd", d.termEnd() == null ? null : d.termEnd().toString());
        s.put("deliveryRatio", d.deliveryRatio());
        s.put("acceptanceScore", d.acceptanceScore());
        s.put("satisfaction", d.satisfaction());
        s.put("published", d.published());
        return s;
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
