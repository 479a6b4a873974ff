package cn.gov.legalprocurement.tender;

import cn.gov.legalprocurement.shared.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals bids until opening: AES-256-GCM with a key kept in a file of the portal's data directory
 * (created on first use, readable by the portal's user only). The database alone never reveals a
 * price before the deadline, and the SHA-256 of the plain content proves at opening that nothing
 * changed.
 */
@Component
class BidSeal {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    BidSeal(PortalProperties properties) {
        this.key = loadOrCreate(properties.dataDir().resolve("bid-seal.key"));
    }

    String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + encrypted.length)
                    .put(iv).put(encrypted).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a bid", e);
        }
    }

    String open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed bid cannot be opened: it was altered or the key changed", e);
        }
    }


    private static SecretKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return new SecretKeySpec(Base64.getDecoder().decode(Files.readString(file).strip()), "AES");
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey created = generator.generateKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(created.getEncoded()));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException nonPosix) {
                // the file system's own permissions apply
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the bid-sealing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
