package cn.gov.legalprocurement.user;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.shared.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the portal: look-up as {@link Actor}s and creation with hashed passwords. */
@Service
public class UserDirectory {

    /** BCrypt reads at most 72 bytes of a password; a longer one would be cut silently. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final PortalUserRepository users;
    private final PasswordEncoder passwords;

    public UserDirectory(PortalUserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Transactional(readOnly = true)
    public Actor actor(String username) {
        return users.findByUsername(username).map(PortalUser::toActor)
                .orElseThrow(() -> PortalException.notFound("User", username));
    }

    @Transactional
    public PortalUser create(String username, String rawPassword, String displayName, long organisationId, Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            throw PortalException.conflict("username", "error.duplicate", username);
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw PortalException.invalid("password", "error.password.short", 8);
        }
        if (rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw PortalException.invalid("password", "error.password.long", MAX_PASSWORD_BYTES);
        }
        return users.save(new PortalUser(username, passwords.encode(rawPassword), displayName, organisationId, roles));
    }

    /** The account of a user name, if there is one. */
    @Transactional(readOnly = true)
    public Optional<PortalUser> find(String username) {
        return users.findByUsername(username);
    }

    /** The enabled users of an organisation who hold a role, by user name. */
    @Transactional(readOnly = true)
    public java.util.List<PortalUser> withRole(Role role, long organisationId) {
        return users.findByRoleAndOrganisation(role, organisationId).stream().filter(PortalUser::isEnabled)
                .sorted(java.util.Comparator.comparing(PortalUser::getUsername)).toList();
    }

    /** The name a person is shown by (their login when the account is unknown, e.g. a system actor). */
    @Transactional(readOnly = true)
    public String displayName(String username) {
        return username == null ? "" : users.findByUsername(username).map(PortalUser::getDisplayName).orElse(username);
    }
}
