package io.actorgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Neo4j Browser's way in: a link that connects it by itself, and the guide of cypher/queries. */
@RestController
class BrowserController {

    private final ServeSettings settings;
    private final AtomicReference<String> guide = new AtomicReference<>();

    BrowserController(ServeSettings settings) {
        this.settings = settings;
    }

    /** Redirects to Neo4j Browser connected to the Bolt port of the host this request came to. */
    @GetMapping("/neo4j-browser")
    ResponseEntity<Void> browser(HttpServletRequest request) {
        if (!settings.servesBrowser()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "No Neo4j Browser here", "this server uses a Neo4j server"
                    + " (--uri); open that server's own Neo4j Browser");
        }
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String url = Links.browser(host, request.getServerPort(), settings.boltPort(), settings.neo4jAuth());
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url).build();
    }

    @GetMapping(value = Links.GUIDE_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> guide() {
        String html = guide.updateAndGet(g -> g != null ? g : QueryGuide.html());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }
}
