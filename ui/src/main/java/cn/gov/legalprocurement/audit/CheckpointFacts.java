package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.portal.Facts;
import cn.gov.legalprocurement.portal.Formats;

/** The latest signed checkpoint of the audit chain and the key that verifies it. */
final class CheckpointFacts {

    private CheckpointFacts() {
    }

    static Facts of(AuditChain chain) {
        AuditChain.Checkpoint c = chain.latestCheckpoint();
        Facts facts = new Facts();
        facts.setId("audit-checkpoint");
        if (c == null) {
            return facts.add("audit-chain.checkpoint", facts.getTranslation("audit-chain.no-checkpoint"));
        }
        return facts.add("audit-chain.head-seq", c.seq()).add("audit-chain.head-hash", c.hash())
                .add("audit-chain.signed-at", Formats.dateTime(c.signedAt())).add("audit-chain.signed-text", c.signedText())
                .add("audit-chain.signature", c.signature()).add("audit-chain.public-key", c.publicKey());
    }
}
