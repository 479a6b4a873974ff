package cn.gov.legalprocurement.security;

import cn.gov.legalprocurement.user.PortalUserRepository;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords ({@code portal.login.max-attempts},
 * default 5; {@code portal.login.lock-minutes}, default 15), on the portal's login and on HTTP Basic.
 * Uses real time, never the engine's clock.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final PortalUserRepository users;
    private final int maxAttempts;
    private final Duration lockFor;

    LoginAttempts(PortalUserRepository users, @Value("${portal.login.max-attempts:5}") int maxAttempts,
                  @Value("${portal.login.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.maxAttempts = maxAttempts;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            user.recordFailedLogin(maxAttempts, Instant.now(), lockFor);
            if (user.isLocked(Instant.now())) {
                log.warn("Account {} locked for {} after {} wrong passwords", user.getUsername(), lockFor, maxAttempts);
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> user.recordSuccessfulLogin());
    }
}
