package io.actorgraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details where no controller advice reaches: servlet filters and the error page. */
final class Problems {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (instance != null) {
            problem.setInstance(URI.create(instance.replace(" ", "%20")));
        }
        return problem;
    }

    static void write(HttpServletResponse response, HttpStatus status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        response.getWriter().write(MAPPER.writeValueAsString(body));
    }
}
