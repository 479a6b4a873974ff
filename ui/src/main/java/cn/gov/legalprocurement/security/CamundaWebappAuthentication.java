package cn.gov.legalprocurement.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the portal's login to Camunda's webapps (Cockpit, Tasklist, Admin): the Spring Security
 * user becomes the Camunda user, its roles the Camunda groups, ADMIN also {@code camunda-admin}.
 */
public class CamundaWebappAuthentication extends ContainerBasedAuthenticationProvider {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String role = authority.getAuthority().replaceFirst("^ROLE_", "");
            groups.add(role);
            if ("ADMIN".equals(role)) {
                ensureCamundaAdministrator(engine, authentication.getName());
                groups.add(Groups.CAMUNDA_ADMIN);
            }
        }
        result.setGroups(groups);
        return result;
    }

    /**
     * The webapps look the user up in the engine's identity service, and send everyone to their set-up
     * page while no user belongs to {@code camunda-admin}; the portal's users live in the portal, so an
     * administrator's first visit creates their engine user in that group (with a random password: the
     * webapps' own login is never used, the portal's login is).
     */
    private static void ensureCamundaAdministrator(ProcessEngine engine, String username) {
        IdentityService identity = engine.getIdentityService();
        try {
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                user.setPassword(Base64.getEncoder().encodeToString(secret));
                identity.saveUser(user);
            }
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
                group.setName("Camunda administrators (the portal's ADMIN role)");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                identity.createMembership(username, Groups.CAMUNDA_ADMIN);
            }
        } catch (ProcessEngineException concurrentFirstVisit) {
            // another request of the same first visit created it a moment earlier
            if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                throw concurrentFirstVisit;
            }
        }
    }
}
