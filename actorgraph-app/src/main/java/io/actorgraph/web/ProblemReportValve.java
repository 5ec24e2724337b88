package io.actorgraph.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses before Spring sees a request (a URL or header it
 * cannot parse, an encoded '/' or NUL in a path, a request line too long, an HTTP version it
 * does not speak): an RFC 9457 problem detail instead of Tomcat's HTML page. Tomcat's 5xx for
 * requests it will not take (505, 501) become 400 or 405: the client sent them, and no error of
 * a client's making is a 5xx here.
 */
public final class ProblemReportValve extends ErrorReportValve {

    /** The size of a request line and its headers together that Tomcat accepts; docs/serving.md states it. */
    public static final int MAX_REQUEST_HEAD = 8 * 1024;

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        status = clientStatus(status, request.getMethod());
        response.setStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String body = "{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken: nothing more to tell
        }
    }

    /**
     * The statuses Tomcat gives requests it cannot take that are 5xx, as the client's errors they
     * are: an HTTP version other than 1.x (505), the CONNECT method and a transfer coding it does
     * not know (501).
     */
    static int clientStatus(int status, String method) {
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
            return HttpStatus.BAD_REQUEST.value();
        }
        if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
            return "CONNECT".equals(method) ? HttpStatus.METHOD_NOT_ALLOWED.value() : HttpStatus.BAD_REQUEST.value();
        }
        return status;
    }

    /** What was wrong, from the status alone: Tomcat's own reason may quote the request back. */
    static String detail(int status) {
        if (status == 400) {
            return "the request is malformed and was refused before it reached the API: check the URL's"
                    + " percent-encoding (UTF-8; write '%' as %25; no encoded '/', '\\\\' or NUL in a path; no raw"
                    + " spaces, '{', '}', '|', '[', ']' or control characters), the HTTP version (1.1), the Host header,"
                    + " the Transfer-Encoding (chunked or none), and the size of the request line and headers together"
                    + " (at most " + MAX_REQUEST_HEAD / 1024 + " KB)";
        }
        if (status == 404) {
            return "nothing is served at this address; the API is under /api (see /v3/api-docs)";
        }
        if (status == 405) {
            return "this method is not allowed here; the API answers GET (and POST where it says so)";
        }
        if (status == 413) {
            return "the request is too large for this server";
        }
        if (status == 417) {
            return "the Expect header asks for something this server does not do; send only \\\"Expect: 100-continue\\\""
                    + " or none";
        }
        if (status < 500) {
            return "the request was refused (" + status + "); check the URL, the method and the headers";
        }
        return "the server failed to answer; the server log says why";
    }
}
