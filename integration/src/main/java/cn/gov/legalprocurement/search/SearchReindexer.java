package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractRepository;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Rebuilds the contracts index from the database with zero downtime: a new index is filled while
 * the alias keeps serving the old one (changes meanwhile are written to both), then the alias
 * moves in one atomic step and the old index is deleted.
 */
public class SearchReindexer {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);
    private static final int PAGE = 500;
    /** Bulk requests in flight while the next page is read: the node analyses on all its write threads. */
    static final int STREAMS = 3;

    private final ElasticsearchClient client;
    private final ElasticsearchContractIndex index;
    private final ContractRepository contracts;
    private final ContractSearchDocuments documents;

    SearchReindexer(ElasticsearchClient client, ElasticsearchContractIndex index, ContractRepository contracts,
                    ContractSearchDocuments documents) {
        this.client = client;
        this.index = index;
        this.contracts = contracts;
        this.documents = documents;
    }

    /** Returns the number of contracts written to the new index. */
    public synchronized int reindex() {
        index.ensureExists();
        String alias = index.alias();
        String fresh = index.newIndexName();
        try {
            Set<String> old = client.indices().getAlias(g -> g.name(alias)).result().keySet();
            index.create(fresh);
            index.building(fresh);
            int written = 0;
            Page<Contract> page;
            int number = 0;
            try (BulkWriter writer = new BulkWriter(index, fresh, STREAMS)) {
                do {
                    page = contracts.findAll(PageRequest.of(number++, PAGE, Sort.by("id")));
                    List<ContractSearchDocument> batch = new ArrayList<>();
                    for (Contract c : page) {
                        batch.add(documents.of(c.getId()));
                    }
                    writer.add(batch);
                    written += batch.size();
                } while (page.hasNext());
                writer.finish();
            }
            client.indices().refresh(r -> r.index(fresh));
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(fresh).alias(alias)));
            });
            index.building(null);
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            log.info("Contracts index rebuilt: {} documents in {} (replaced {})", written, fresh, old);
            return written;
        } catch (IOException e) {
            index.building(null);
            throw new UncheckedIOException("Rebuilding the contracts index failed; the old index still serves", e);
        }
    }
}
