package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.shared.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The portal's Ed25519 key for signing audit checkpoints, in {@code audit-signing.key} of the data directory
 * (created on first use, readable by the portal's user only). The public key is published so that anyone
 * can check a checkpoint; a checkpoint once published cannot be re-signed unnoticed by whoever kept it.
 */
@Component
public class AuditSigningKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    AuditSigningKey(PortalProperties properties) {
        KeyPair pair = loadOrCreate(properties.dataDir().resolve("audit-signing.key"));
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** The public key, X.509 SubjectPublicKeyInfo in base64. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** Checks a signature against a public key (base64, as published); false for anything malformed. */
    public static boolean verify(String publicKeyBase64, String text, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair loadOrCreate(Path file) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1).strip()))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).strip()))));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeyPair created = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException nonPosix) {
                // the file system's own permissions apply
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(created.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(created.getPublic().getEncoded()) + "\n");
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit-signing key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The audit-signing key " + file + " is unreadable", e);
        }
    }
}
