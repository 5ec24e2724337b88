package io.actorgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When an API token is set (required beyond loopback), every /api request must carry it as
 * {@code Authorization: Bearer TOKEN}; otherwise 401 with a problem detail.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final byte[] token;

    ApiTokenFilter(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (given == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"actorgraph\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "this server requires an API token: send the header Authorization: Bearer <token>",
                    request.getRequestURI());
            return;
        }
        // constant-time comparison: the time taken says nothing about how much of the token was right
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"actorgraph\", error=\"invalid_token\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "the API token is wrong",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
