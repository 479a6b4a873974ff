package cn.gov.legalprocurement.search;

/** Port: the search index of contracts (Elasticsearch in {@code integration}). */
public interface ContractIndex {

    /** Writes (creates or replaces) the contract's document; throws when the index cannot be reached. */
    void index(ContractSearchDocument document);
}
