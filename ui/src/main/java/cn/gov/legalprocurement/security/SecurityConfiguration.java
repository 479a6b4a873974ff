package cn.gov.legalprocurement.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One security configuration: Vaadin owns {@code /} (public pages anonymous, the rest after
 * login); Camunda's operator webapps at {@code /camunda} and the engine REST API at {@code /engine-rest}
 * are for ADMIN only (the webapps through the portal's login, the REST API with HTTP Basic).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    static final String LOGIN_PATH = "login";

    /**
     * What the portal's pages may load: only from the portal itself. Vaadin Flow needs inline scripts and
     * {@code eval} for its client engine and inline styles for its components; PDFs preview in a same-origin
     * frame; the bid key file downloads from a {@code blob:} address.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; object-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * Asks for HTTP Basic credentials with a 401 answered directly: an error dispatch would be redirected
     * to the portal's login page.
     */
    private static AuthenticationEntryPoint basicChallenge(String realm) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    /** The engine REST API: HTTP Basic for administrators, 401 for everyone else. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = basicChallenge("engine-rest");
        // a path matcher on the whole URI: the REST API is a servlet of its own
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                // credentials with every request, never the portal's session cookie: no cross-site requests
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sm -> sm.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Cockpit, Tasklist and Admin: administrators only. Camunda's own authorization is off (the portal's
     * services decide who may do what), so anyone here could change any process: supervisors read
     * projects and audit trails in the portal instead.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappFilterChain(HttpSecurity http) throws Exception {
        var webapps = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
        http.securityMatcher(webapps)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .formLogin(form -> form.loginPage("/" + LOGIN_PATH))
                // the webapps protect themselves with their own CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers(webapps));
        return http.build();
    }

    /**
     * Spring Boot Actuator: up or down for load balancers and anyone ({@code /actuator/health} and its
     * liveness and readiness probes); every component's health, info and metrics for administrators only,
     * with HTTP Basic or the portal's session.
     * Operators may move all of it to a port of its own ({@code management.server.port}).
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = basicChallenge("actuator");
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/liveness"),
                                paths.matcher("/actuator/health/readiness")).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // the portal's stylesheet is public: the login and public pages use it before anyone logs in
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher("/styles/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        // after login: the page that asked for it, else the dashboard; every refusal reads the same, so that
        // nobody learns whether an account exists or is held back
        http.formLogin(form -> form.defaultSuccessUrl("/dashboard").failureUrl("/" + LOGIN_PATH + "?error"));
        // a login form posted from another site (login CSRF) is refused: Vaadin's login view is outside
        // Spring's CSRF tokens, so the browser's Origin / Sec-Fetch-Site headers decide
        http.addFilterBefore(new SameOriginLogin("/" + LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.sameOrigin()));
    }

    /** Tells the Camunda webapps who the portal's logged-in user is. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CamundaWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
