package io.actorgraph.web;

import io.actorgraph.store.StoreException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error of the REST API as an RFC 9457 problem detail: 400 with what was wrong, 404 for
 * an unknown actor, 413 for a body over the limit, 503 when the store is gone; a bug is a 500
 * that names no class and carries no stack trace (the log has it).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail body = Problems.of(problem.status(), problem.title(), problem.getMessage(), request.getRequestURI());
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(problem.status()).body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "another value" : e.getRequiredType().getSimpleName().toLowerCase();
        ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, "Bad request", "parameter \"" + e.getName()
                + "\": \"" + e.getValue() + "\" is not " + (expected.equals("int") ? "a whole number" : "a " + expected),
                request.getRequestURI());
        return ResponseEntity.badRequest().body(body);
    }

    /** Parameters Tomcat cannot read (too many, or an encoding the query string filter let through). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> parameters(InvalidParameterException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Bad request", "the request's"
                + " parameters cannot be read (too many, or not percent-encoded UTF-8); send fewer, encoded as UTF-8",
                request.getRequestURI()));
    }

    @ExceptionHandler(StoreException.class)
    ResponseEntity<ProblemDetail> store(StoreException e, HttpServletRequest request) {
        LOG.warn("store unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "Graph unavailable", "the graph store cannot be reached; try again later", request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> bug(Exception e, HttpServletRequest request) {
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error", "the server failed to answer; the server log says why", request.getRequestURI()));
    }

    /** A body cut off by the size limit arrives here wrapped by the message converter. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitFilter.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                        "Payload too large", tooLarge.getMessage(), null));
            }
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Bad request", unreadable(e), null));
    }

    /** What was wrong with a body, in terms of the JSON sent: where the syntax broke, or which member is amiss. */
    static String unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read) {
                TokenStreamLocation at = read.getLocation();
                return "the request body is broken JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                        + at.getColumnNr()) + "; fix the JSON syntax there";
            }
            if (t instanceof JacksonException json) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference r : json.getPath()) {
                    path.append(r.getPropertyName() != null ? "/" + r.getPropertyName() : "/" + r.getIndex());
                }
                return "the request body does not have the shape this endpoint takes" + (path.isEmpty() ? ""
                        : ": " + path + " has the wrong type") + "; the OpenAPI document (/v3/api-docs) describes it";
            }
        }
        return "the request body is missing or not readable";
    }
}
