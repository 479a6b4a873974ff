package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.audit.AuditChain.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The verification command: checks the audit chain of a portal database (a copy, a restored backup, or
 * PostgreSQL) against a public key, prints the result and exits with 0 when intact, 1 when broken.
 * <pre>
 * java -cp processes.jar:… cn.gov.legalprocurement.audit.VerifyAuditChain JDBC-URL USER PASSWORD PUBLIC-KEY
 * </pre>
 * PUBLIC-KEY is the portal's public key as published at /public/audit (Base64), or a data directory's
 * {@code audit-signing.key} file. The portal must be stopped for an H2 file database (it is opened
 * exclusively); PostgreSQL is read while the portal runs.
 */
public final class VerifyAuditChain {

    private VerifyAuditChain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: VerifyAuditChain JDBC-URL USER PASSWORD PUBLIC-KEY|audit-signing.key");
            System.exit(2);
        }
        Verification v = verify(args[0], args[1], args[2], publicKey(args[3]));
        System.out.println(describe(v));
        System.exit(v.intact() ? 0 : 1);
    }

    public static Verification verify(String url, String user, String password, String publicKey) {
        return new AuditChainVerifier(new JdbcTemplate(new DriverManagerDataSource(url, user, password)), publicKey).verify();
    }

    /** The public key given as Base64, or read from an {@code audit-signing.key} file (its second line). */
    public static String publicKey(String keyOrFile) throws java.io.IOException {
        Path file = Path.of(keyOrFile);
        if (Files.isRegularFile(file)) {
            List<String> lines = Files.readAllLines(file);
            return lines.get(1).strip();
        }
        return keyOrFile.strip();
    }

    public static String describe(Verification v) {
        return v.intact()
                ? "审计链完好 / audit chain intact: " + v.events() + " events, " + v.checkpoints() + " signed checkpoints, head "
                        + v.head().seq() + " " + v.head().hash()
                : "审计链断开 / audit chain broken at position " + v.brokenPosition() + " (event #" + v.brokenEventId() + "): "
                        + v.problem();
    }
}
