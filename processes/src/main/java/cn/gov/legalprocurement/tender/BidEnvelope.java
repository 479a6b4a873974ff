package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.PortalException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed-bid format of {@link SealedBid}: checks a sealed bid's shape when it arrives (without being
 * able to read it), opens it with the key the bidder gives at the opening, and seals one the way the
 * browser does (for the demo data and the tests; the portal's pages seal in the browser).
 */
public final class BidEnvelope {

    /** What the bidder's key looks like as text: a prefix and 32 bytes in base64url. */
    public static final Pattern KEY_TEXT = Pattern.compile("LPK1-([A-Za-z0-9_-]{43})");
    public static final int MAX_ATTACHMENTS = 5;
    public static final int MAX_PROPOSAL_CHARS = 3000;
    static final int PAD_ENVELOPE = 1024;
    static final int PAD_ATTACHMENT = 64 * 1024;
    private static final int MAX_ENVELOPE_CHARS = 100_000;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private BidEnvelope() {
    }

    /** The plain content of a bid. */
    public record Plain(String price, String proposal, List<File> attachments) {
        public Plain {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** A plain attachment. */
    public record File(String name, byte[] content) {
    }

    // ---- on arrival: the shape only -----------------------------------------------------------

    /** Refuses a sealed bid whose shape is wrong or whose parts exceed the limits, without reading it. */
    static void checkShape(SealedBid sealed, long maxAttachmentBytes) {
        if (sealed == null || sealed.version() != SealedBid.VERSION) {
            throw PortalException.invalid("sealedBid", "error.bid.format");
        }
        decodeIv(sealed.iv());
        if (sealed.envelope() == null || sealed.envelope().isEmpty() || sealed.envelope().length() > MAX_ENVELOPE_CHARS) {
            throw PortalException.invalid("technicalProposal", "error.size", 1, MAX_PROPOSAL_CHARS);
        }
        decode(sealed.envelope());
        if (sealed.commitment() == null || !HEX_64.matcher(sealed.commitment()).matches()) {
            throw PortalException.invalid("sealedBid", "error.bid.format");
        }
        if (sealed.attachments().size() > MAX_ATTACHMENTS) {
            throw PortalException.invalid("attachments", "error.bid.too-many-attachments", MAX_ATTACHMENTS);
        }
        long limit = padded(maxAttachmentBytes, PAD_ATTACHMENT) + TAG_BITS / 8;
        for (SealedBid.Attachment a : sealed.attachments()) {
            decodeIv(a.iv());
            if (a.data() == null || a.data().isEmpty() || a.data().length() > (limit + 2) / 3 * 4) {
                throw PortalException.invalid("attachments", "error.upload.too-large", maxAttachmentBytes / (1024 * 1024));
            }
            decode(a.data());
        }
    }

    /** The sealed envelope as stored with the bid (its attachments are stored beside it). */
    static String storedForm(SealedBid sealed) {
        ObjectNode node = JSON.createObjectNode().put("v", sealed.version()).put("iv", sealed.iv())
                .put("envelope", sealed.envelope());
        return node.toString();
    }

    // ---- at the opening -----------------------------------------------------------------------

    /** The decrypted content, as the bidder sealed it. */
    record Opened(String price, String proposal, List<File> attachments) {
    }

    /** Why a bid decrypted with the right key cannot be opened as sealed. */
    static final class Mismatch extends Exception {
        Mismatch(String reason) {
            super(reason);
        }
    }

    /**
     * Opens a stored envelope and its attachments with the bidder's key.
     *
     * @throws PortalException on the field {@code key} when the key does not decrypt this bid
     * @throws Mismatch when it decrypts but not to what was committed to (the bid is then disqualified)
     */
    static Opened open(String storedForm, String commitment, List<BidAttachment> attachments, byte[] key) throws Mismatch {
        JsonNode stored;
        try {
            stored = JSON.readTree(storedForm);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored bid is not in the sealed format", e);
        }
        byte[] plain = decrypt(key, decodeIv(stored.path("iv").asText()), decode(stored.path("envelope").asText()));
        if (!Fingerprint.sha256(plain).equals(commitment)) {
            throw new Mismatch("解密内容与递交时的承诺值不一致");
        }
        JsonNode envelope;
        try {
            envelope = JSON.readTree(plain);
        } catch (java.io.IOException e) {
            throw new Mismatch("解密内容不是有效的投标文件格式");
        }
        JsonNode files = envelope.path("attachments");
        if (!envelope.path("price").isTextual() || !envelope.path("proposal").isTextual() || !files.isArray()
                || files.size() != attachments.size()) {
            throw new Mismatch("解密内容不是有效的投标文件格式");
        }
        List<File> opened = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            BidAttachment a = attachments.get(i);
            JsonNode meta = files.get(i);
            byte[] padded = decrypt(key, decodeIv(a.getIv()), a.getCiphertext());
            long size = meta.path("size").asLong(-1);
            if (size < 0 || size > padded.length) {
                throw new Mismatch("附件 " + (i + 1) + " 的长度与投标文件所列不符");
            }
            byte[] content = Arrays.copyOf(padded, (int) size);
            if (!Fingerprint.sha256(content).equals(meta.path("sha256").asText())) {
                throw new Mismatch("附件 " + (i + 1) + " 与投标文件所列指纹不符");
            }
            opened.add(new File(meta.path("name").asText(), content));
        }
        return new Opened(envelope.path("price").asText(), envelope.path("proposal").asText(), opened);
    }

    // ---- keys ---------------------------------------------------------------------------------

    public static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    public static String keyText(byte[] key) {
        return "LPK1-" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** The key in a text the bidder pastes or in the key file they saved; refused on the field {@code key}. */
    public static byte[] parseKey(String text) {
        Matcher m = KEY_TEXT.matcher(text == null ? "" : text);
        if (!m.find()) {
            throw PortalException.invalid("key", "error.bid.key-format");
        }
        return Base64.getUrlDecoder().decode(m.group(1));
    }

    // ---- sealing, as the browser does it ------------------------------------------------------

    /** Seals a bid under the key, as {@code bid-seal.js} does in the bidder's browser. */
    public static SealedBid seal(Plain plain, byte[] key) {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        ObjectNode envelope = JSON.createObjectNode().put("v", SealedBid.VERSION).put("price", plain.price())
                .put("proposal", plain.proposal()).put("nonce", Base64.getEncoder().encodeToString(nonce));
        ArrayNode files = envelope.putArray("attachments");
        List<SealedBid.Attachment> sealedFiles = new ArrayList<>();
        for (File f : plain.attachments()) {
            files.addObject().put("name", f.name()).put("size", f.content().length).put("sha256", Fingerprint.sha256(f.content()));
            byte[] iv = iv();
            byte[] padded = Arrays.copyOf(f.content(), (int) padded(f.content().length, PAD_ATTACHMENT));
            sealedFiles.add(new SealedBid.Attachment(base64(iv), base64(encrypt(key, iv, padded))));
        }
        String text = envelope.toString();
        int length = text.getBytes(StandardCharsets.UTF_8).length + ",\"pad\":\"\"".length();
        envelope.put("pad", " ".repeat((int) (padded(length, PAD_ENVELOPE) - length)));
        byte[] bytes = envelope.toString().getBytes(StandardCharsets.UTF_8);
        byte[] iv = iv();
        return new SealedBid(SealedBid.VERSION, base64(iv), base64(encrypt(key, iv, bytes)), Fingerprint.sha256(bytes),
                sealedFiles);
    }

    // ---- AES-GCM ------------------------------------------------------------------------------

    private static byte[] encrypt(byte[] key, byte[] iv, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] decrypt(byte[] key, byte[] iv, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException wrongKey) {
            throw PortalException.invalid("key", "error.bid.wrong-key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] iv() {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        return iv;
    }

    private static byte[] decodeIv(String text) {
        byte[] iv = decode(text);
        if (iv.length != IV_BYTES) {
            throw PortalException.invalid("sealedBid", "error.bid.format");
        }
        return iv;
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw PortalException.invalid("sealedBid", "error.bid.format");
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static long padded(long length, int block) {
        return Math.max(block, (length + block - 1) / block * block);
    }
}
