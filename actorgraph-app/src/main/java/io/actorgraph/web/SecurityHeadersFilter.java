package io.actorgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content-Security-Policy that keeps every page on this server: the graph view and Swagger UI
 * load nothing from elsewhere, and Neo4j Browser may talk only to this server and its Bolt
 * port, so its fonts, telemetry and news calls to outside hosts never leave the machine.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+]");

    static final String APP_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    private final ServeSettings settings;

    SecurityHeadersFilter(ServeSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI();
        if (path.startsWith("/browser/")) {
            response.setHeader("Content-Security-Policy", browserPolicy(request.getServerName()));
        } else {
            response.setHeader("Content-Security-Policy", APP_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        chain.doFilter(request, response);
    }

    /** Neo4j Browser's bundle needs eval and inline styles; its connections stay on this machine's names. */
    String browserPolicy(String requestHost) {
        String host = requestHost != null && HOST.matcher(requestHost).matches() ? requestHost : "localhost";
        int bolt = settings.boltPort() == null ? 7687 : settings.boltPort();
        StringBuilder connect = new StringBuilder("'self'");
        for (String h : new java.util.LinkedHashSet<>(java.util.List.of(host, "localhost", "127.0.0.1"))) {
            connect.append(" ws://").append(h).append(':').append(bolt).append(" wss://").append(h).append(':').append(bolt)
                    .append(" http://").append(h).append(":*");
        }
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src " + connect
                + "; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
    }
}
