package io.actorgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not percent-encoded UTF-8 ({@code ?q=%}, {@code ?q=%E2%82},
 * {@code ?q=%zz}) with a 400 that says so, before anything asks for a parameter: Tomcat would
 * fail the first parameter lookup with an exception, which would be a 500.
 */
final class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            String problem = problem(query);
            if (problem != null) {
                Problems.write(response, HttpStatus.BAD_REQUEST, "Bad request", problem, request.getRequestURI());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the encoding of a query string, or null when every parameter decodes. */
    static String problem(String query) {
        for (String pair : query.split("&", -1)) {
            ByteBuffer bytes = ByteBuffer.allocate(pair.length());
            for (int i = 0; i < pair.length(); i++) {
                char c = pair.charAt(i);
                if (c == '%') {
                    if (hex(pair, i + 1) < 0 || hex(pair, i + 2) < 0) {
                        return "the query string has a '%' that starts no %XX escape (\"" + cut(pair)
                                + "\"); write '%' itself as %25";
                    }
                    bytes.put((byte) (hex(pair, i + 1) * 16 + hex(pair, i + 2)));
                    i += 2;
                } else if (c > 0x7F) {
                    return "the query string holds characters that are not percent-encoded; encode it as UTF-8 with"
                            + " %XX escapes";
                } else {
                    bytes.put((byte) c);
                }
            }
            bytes.flip();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            } catch (CharacterCodingException e) {
                return "the query string's %XX escapes are not UTF-8 (\"" + cut(pair) + "\"); encode the text as UTF-8";
            }
        }
        return null;
    }

    private static int hex(String s, int at) {
        return at < s.length() ? Character.digit(s.charAt(at), 16) : -1;
    }

    private static String cut(String pair) {
        return pair.length() > 60 ? pair.substring(0, 60) + "..." : pair;
    }
}
