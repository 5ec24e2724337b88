package io.actorgraph.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page for what fails before a controller is reached (a malformed URL that the
 * server itself refuses, an exception in a filter): a problem detail too, never Boot's
 * default page with its exception and trace.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = switch (status.series()) {
            case CLIENT_ERROR -> "the request was refused (" + status.getReasonPhrase().toLowerCase()
                    + "); check the URL and its encoding";
            default -> "the server failed to answer; the server log says why";
        };
        return ResponseEntity.status(status).body(Problems.of(status, status.getReasonPhrase(), detail,
                uri == null ? null : uri.toString()));
    }
}
