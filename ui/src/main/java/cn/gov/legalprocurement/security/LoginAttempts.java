package cn.gov.legalprocurement.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link LoginThrottle} of every wrong password and every login, on the portal's login page and
 * on HTTP Basic alike, with the address it came from (a refusal while held back is not counted again).
 */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    /** The client's address, as the login filter recorded it in the login's details. */
    static String address(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
