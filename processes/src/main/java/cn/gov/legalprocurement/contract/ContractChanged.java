package cn.gov.legalprocurement.contract;

/**
 * Published (synchronously, inside the changing transaction) whenever a contract or what is
 * reported about it changes: drafted, completed, signed, published, performed, accepted, paid,
 * closed. The search outbox records it in the same transaction.
 */
public record ContractChanged(long contractId, String what) {
}
