package cn.gov.legalprocurement.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock someone else out, and without telling whether
 * an account exists (the same refusal for all). Wrong passwords are counted per account and address and
 * per address: {@code portal.login.max-attempts} (default 5) from one address block that account from that
 * address for {@code portal.login.lock-minutes} (default 15); 20 × as many from one address, whatever the
 * accounts, block that address. Nothing blocks an account everywhere, so its user logs in from their own
 * address however often others guess. Kept in memory, on real time (never the engine's clock); each node
 * counts its own.
 */
@Component
class LoginThrottle {

    /**
     * How many times the per-account limit one address may fail, whatever the accounts, before the address
     * is held back: high, as many users may share one address (an office's NAT); behind a reverse proxy the
     * client's own address must be passed on (server.forward-headers-strategy), or the proxy's counts.
     */
    static final int ADDRESS_FACTOR = 20;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int maxAttempts;
    private final Duration blockFor;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${portal.login.max-attempts:5}") int maxAttempts, @Value("${portal.login.lock-minutes:15}") int lockMinutes) {
        this(maxAttempts, Duration.ofMinutes(lockMinutes), Clock.systemUTC());
    }

    LoginThrottle(int maxAttempts, Duration blockFor, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.blockFor = blockFor;
        this.clock = clock;
    }

    /** Whether a login to this account from this address is refused for now (whether the account exists or not). */
    boolean blocked(String username, String address) {
        Instant now = clock.instant();
        return blockedAt(pair(username, address), now) || blockedAt(address(address), now);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(pair(username, address), maxAttempts, blockFor, now);
        count(address(address), maxAttempts * ADDRESS_FACTOR, blockFor, now);
        if (blocked(username, address)) {
            log.warn("Logins to {} from {} refused for a while after repeated wrong passwords", username, address);
        }
    }

    void succeeded(String username, String address) {
        counters.remove(pair(username, address));
    }

    private boolean blockedAt(String key, Instant now) {
        Counter c = counters.get(key);
        return c != null && c.blockedUntil != null && c.blockedUntil.isAfter(now);
    }

    private void count(String key, int limit, Duration block, Instant now) {
        counters.compute(key, (k, c) -> {
            Counter next = c == null || c.windowStart.plus(blockFor).isBefore(now) ? new Counter(now) : c;
            next.failures++;
            if (next.failures >= limit) {
                next.blockedUntil = now.plus(block);
                next.failures = 0;
                next.windowStart = now;
            }
            return next;
        });
        if (counters.size() > 100_000) {
            counters.entrySet().removeIf(e -> e.getValue().windowStart.plus(blockFor).isBefore(now)
                    && (e.getValue().blockedUntil == null || e.getValue().blockedUntil.isBefore(now)));
        }
    }

    private static String pair(String username, String address) {
        return "pair:" + normalise(username) + "|" + address;
    }

    private static String address(String address) {
        return "addr:" + address;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Counter {
        Instant windowStart;
        int failures;
        Instant blockedUntil;

        Counter(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
