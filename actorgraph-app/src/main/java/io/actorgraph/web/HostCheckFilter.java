package io.actorgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On loopback, answers only requests addressed to a loopback name: a web page elsewhere that
 * points its own host name at 127.0.0.1 (DNS rebinding) cannot read the graph or use the API.
 */
final class HostCheckFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        if (!ServeSettings.isLoopback(host)) {
            Problems.write(response, HttpStatus.FORBIDDEN, "Forbidden", "this server answers only on this machine"
                    + " (localhost, 127.0.0.1); serve with --bind and an API token to reach it from elsewhere",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
