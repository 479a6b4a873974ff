package cn.gov.legalprocurement.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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
                groups.add("camunda-admin");
            }
        }
        result.setGroups(groups);
        return result;
    }
}
