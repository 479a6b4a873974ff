package cn.gov.legalprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login form posted from another site (login CSRF: being logged into an attacker's account).
 * Browsers say where a form comes from: {@code Origin}, else {@code Referer}, else {@code Sec-Fetch-Site};
 * a login post must come from the portal's own origin. Behind a reverse proxy, the proxy must pass the
 * original host (server.forward-headers-strategy).
 */
class SameOriginLogin extends OncePerRequestFilter {

    private final String loginPath;

    SameOriginLogin(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (sameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            // answered here: an error dispatch would be redirected to the login page
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("跨站登录请求已拒绝 / Cross-site login refused");
        }
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String own = origin(request.getScheme(), request.getServerName(), request.getServerPort());
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank() && !"null".equals(origin)) {
            return own.equalsIgnoreCase(origin.strip());
        }
        String referer = request.getHeader("Referer");
        if (referer != null && !referer.isBlank()) {
            try {
                URI uri = URI.create(referer.strip());
                return uri.getScheme() != null && uri.getHost() != null
                        && own.equalsIgnoreCase(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return "same-origin".equals(site) || "none".equals(site);
    }

    private static String origin(String scheme, String host, int port) {
        boolean defaultPort = port < 0 || "http".equalsIgnoreCase(scheme) && port == 80 || "https".equalsIgnoreCase(scheme) && port == 443;
        return scheme.toLowerCase() + "://" + host.toLowerCase() + (defaultPort ? "" : ":" + port);
    }
}
