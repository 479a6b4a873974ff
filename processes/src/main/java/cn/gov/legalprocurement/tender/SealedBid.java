package cn.gov.legalprocurement.tender;

import java.util.List;

/**
 * A bid as the bidder's browser sends it: only ciphertext and a commitment, nothing the portal can read.
 * <ul>
 *   <li>{@code envelope}: AES-256-GCM under the bidder's key, with the 12-byte {@code iv}, of a UTF-8 JSON
 *   object {@code {v, price, proposal, nonce, attachments: [{name, size, sha256}], pad}};</li>
 *   <li>{@code commitment}: SHA-256 (hex) of that plain JSON. It holds a random 256-bit {@code nonce}, so
 *   nobody can confirm a guessed price or text against it; at the opening the decrypted envelope must
 *   hash to it (AES-GCM alone does not bind a ciphertext to one key);</li>
 *   <li>{@code attachments}: each file, zero-padded to a multiple of 64 KiB and encrypted with its own iv;
 *   the envelope holds its name, true size and SHA-256.</li>
 * </ul>
 * All binary values are base64. {@link BidEnvelope} is the reference implementation of the format the
 * browser's {@code bid-seal.js} writes.
 */
public record SealedBid(int version, String iv, String envelope, String commitment, List<Attachment> attachments) {

    public static final int VERSION = 1;

    public SealedBid {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** One encrypted attachment. */
    public record Attachment(String iv, String data) {
    }
}
