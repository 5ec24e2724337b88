package io.actorgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A problem the client caused, answered as an RFC 9457 problem detail: its status, a short
 * title, a detail that says what was wrong and what to do, and optional extra members.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    public static ApiProblem unknownActor(String name) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Unknown actor", "no article names an actor \"" + name
                + "\"; search with GET /api/actors?q=" + prefixOf(name)).with("actor", name);
    }

    private static String prefixOf(String name) {
        String p = name.strip();
        return p.length() > 3 ? p.substring(0, 3) : p;
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
