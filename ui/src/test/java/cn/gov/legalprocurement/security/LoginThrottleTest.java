package cn.gov.legalprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Guessing is slowed per account and address; nobody locks another user out from the user's own address. */
class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void fiveWrongPasswordsHoldBackThatAccountFromThatAddressOnly() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("finance", "203.0.113.9");
        }
        assertThat(throttle.blocked("finance", "203.0.113.9")).isFalse();
        throttle.failed("finance", "203.0.113.9");
        assertThat(throttle.blocked("finance", "203.0.113.9")).isTrue();
        assertThat(throttle.blocked("FINANCE ", "203.0.113.9")).as("the same account however written").isTrue();
        // the real user, from their own address, is not locked out
        assertThat(throttle.blocked("finance", "198.51.100.20")).isFalse();
        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(throttle.blocked("finance", "203.0.113.9")).isFalse();
    }

    @Test
    void oneAddressGuessingManyAccountsIsHeldBackAltogether() {
        for (int i = 0; i < 5 * LoginThrottle.ADDRESS_FACTOR; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.blocked("someone-new", "203.0.113.7")).isTrue();
        assertThat(throttle.blocked("someone-new", "198.51.100.20")).isFalse();
    }

    @Test
    void aNonexistentAccountIsThrottledLikeAnyOther() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no-such-user", "203.0.113.5");
        }
        assertThat(throttle.blocked("no-such-user", "203.0.113.5")).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsTheCountForThatAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("head", "203.0.113.4");
        }
        throttle.succeeded("head", "203.0.113.4");
        throttle.failed("head", "203.0.113.4");
        assertThat(throttle.blocked("head", "203.0.113.4")).isFalse();
    }
}
