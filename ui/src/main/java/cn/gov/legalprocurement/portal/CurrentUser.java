package cn.gov.legalprocurement.portal;

import cn.gov.legalprocurement.organisation.OrganisationService;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import cn.gov.legalprocurement.user.UserDirectory;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The logged-in user as the services see them (an {@link Actor}), looked up on every call. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final UserDirectory users;
    private final OrganisationService organisations;

    CurrentUser(AuthenticationContext authentication, UserDirectory users, OrganisationService organisations) {
        this.authentication = authentication;
        this.users = users;
        this.organisations = organisations;
    }

    public Optional<Actor> maybe() {
        return authentication.getPrincipalName().flatMap(users::find).map(u -> u.toActor());
    }

    /** The actor; views behind the login can rely on it. */
    public Actor actor() {
        return maybe().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public boolean has(Role role) {
        return maybe().map(a -> a.has(role)).orElse(false);
    }

    public String displayName() {
        return authentication.getPrincipalName().flatMap(users::find)
                .map(u -> {
                    // a provider's account is often named after its firm: the firm is shown once
                    String organisation = organisations.nameOf(u.getOrganisationId());
                    return u.getDisplayName().equals(organisation) ? organisation : u.getDisplayName() + " · " + organisation;
                }).orElse("");
    }

    public void logout() {
        authentication.logout();
    }
}
