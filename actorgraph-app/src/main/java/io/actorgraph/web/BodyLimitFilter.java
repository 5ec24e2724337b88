package io.actorgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413: at once when Content-Length says so, and
 * while reading when the body comes chunked, so that no body larger than the limit is ever
 * held in memory.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    /** Thrown while reading a body that went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final long limit;

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    private String message() {
        return "the request body is over the limit of " + human(limit) + "; send less, or start serve with a larger --max-body";
    }

    static String human(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setHeader("Connection", "close");
            Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "Payload too large", message(), request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(new Limited(request), response);
        } catch (ServletException e) {
            if (!(rootOf(e) instanceof TooLarge) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "Payload too large", message(), request.getRequestURI());
        }
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof TooLarge)) {
            t = t.getCause();
        }
        return t;
    }

    private final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        private void count(long n) throws TooLarge {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new TooLarge(message());
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
