package cn.gov.legalprocurement.shared;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling a service: every service checks the caller's role and organisation itself,
 * whatever the UI showed.
 */
public record Actor(String username, long organisationId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses the call unless the actor holds one of the roles. */
    public Actor require(Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(roles::contains)) {
            throw PortalException.forbidden("error.role", Arrays.toString(anyOf));
        }
        return this;
    }

    /** Refuses the call unless the actor belongs to the organisation. */
    public Actor requireOrganisation(long expected) {
        if (organisationId != expected) {
            throw PortalException.forbidden("error.organisation");
        }
        return this;
    }

    public boolean isGroupMember(String group) {
        return roles.stream().anyMatch(r -> r.name().equals(group));
    }
}
