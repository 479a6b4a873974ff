package cn.gov.legalprocurement.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One file of a sealed bid, encrypted in the bidder's browser; its name, size and fingerprint are inside
 * the bid's envelope. At the opening it is decrypted, checked and archived as a document.
 */
@Entity
@Table(name = "bid_attachment")
class BidAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bid_id", nullable = false)
    private Long bidId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String iv;
    @Column(nullable = false)
    private byte[] ciphertext;
    @Column(name = "document_id")
    private Long documentId;

    protected BidAttachment() {
    }

    BidAttachment(Long bidId, int position, String iv, byte[] ciphertext) {
        this.bidId = bidId;
        this.position = position;
        this.iv = iv;
        this.ciphertext = ciphertext;
    }

    void archived(long documentId) {
        this.documentId = documentId;
    }

    String getIv() {
        return iv;
    }

    byte[] getCiphertext() {
        return ciphertext;
    }

    Long getDocumentId() {
        return documentId;
    }
}
