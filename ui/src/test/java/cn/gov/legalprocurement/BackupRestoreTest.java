package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.audit.AuditChain;
import cn.gov.legalprocurement.audit.VerifyAuditChain;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The back-up and restore of docs/security.md: a consistent copy of the database and the audit-signing
 * key, restored into a fresh data directory, is verified by the verification command; the same copy
 * altered afterwards is not.
 */
class BackupRestoreTest extends RunningPortal {

    @Autowired
    AuditChain chain;
    @Value("${portal.data-dir}")
    String dataDir;

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryVerifiesItsAuditChain() throws Exception {
        chain.chainPending();
        AuditChain.Checkpoint checkpoint = chain.checkpoint();
        Path backups = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "backup-");
        Path zip = backups.resolve("portal-backup.zip");
        // the consistent copy of the running database (what stopping the portal and copying the folder gives)
        jdbc.execute("BACKUP TO '" + zip + "'");
        Files.copy(Path.of(dataDir, "audit-signing.key"), backups.resolve("audit-signing.key"));

        Path fresh = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restored-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Files.copy((InputStream) in, fresh.resolve(Path.of(e.getName()).getFileName()));
            }
        }
        Files.copy(backups.resolve("audit-signing.key"), fresh.resolve("audit-signing.key"));
        String url = "jdbc:h2:file:" + fresh.resolve("portal");
        String publicKey = VerifyAuditChain.publicKey(fresh.resolve("audit-signing.key").toString());
        assertThat(publicKey).isEqualTo(chain.publicKey());

        AuditChain.Verification restored = VerifyAuditChain.verify(url, "sa", "", publicKey);
        assertThat(restored.intact()).as(VerifyAuditChain.describe(restored)).isTrue();
        assertThat(restored.head().seq()).isGreaterThanOrEqualTo(checkpoint.seq()).isPositive();
        assertThat(restored.checkpoints()).isPositive();

        // the restored copy, altered: the command reports the event
        long altered;
        try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            try (var rs = s.executeQuery("select min(id) from audit_event where chain_seq is not null")) {
                rs.next();
                altered = rs.getLong(1);
            }
            s.executeUpdate("update audit_event set actor = 'someone-else' where id = " + altered);
        }
        AuditChain.Verification tampered = VerifyAuditChain.verify(url, "sa", "", publicKey);
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.brokenEventId()).isEqualTo(altered);
        // and a key that is not the portal's does not verify its checkpoints
        assertThat(VerifyAuditChain.verify(url, "sa", "", "MCowBQYDK2VwAyEA" + "A".repeat(43) + "=").intact())
                .isFalse();
    }
}
