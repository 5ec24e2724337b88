package io.actorgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Neo4j Browser's way in: a page that connects it by itself, and the guide of cypher/queries. */
@RestController
class BrowserController {

    private final ServeSettings settings;
    private final AtomicReference<String> guide = new AtomicReference<>();

    BrowserController(ServeSettings settings) {
        this.settings = settings;
    }

    /**
     * Opens Neo4j Browser on the Bolt port of the host this request came to. The page holds no
     * secret: with authentication on, its script (neo4j-browser.js) takes the password from the
     * address's fragment, which only the printed address carries, and keeps it where the Browser
     * looks for a saved connection; without it, the Browser shows its login form.
     */
    @GetMapping(value = Links.BROWSER_LOGIN_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> browser(HttpServletRequest request) {
        if (!settings.servesBrowser()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "No Neo4j Browser here", "this server uses a Neo4j server"
                    + " (--uri); open that server's own Neo4j Browser");
        }
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getServerPort();
        String form = Links.browser(host, port, settings.boltPort(), settings.neo4jAuth());
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Neo4j Browser</title>"
                + "<script src=\"/neo4j-browser.js\" defer></script></head><body"
                + attribute("data-auth", String.valueOf(settings.neo4jAuth()))
                + attribute("data-bolt", Links.bolt(host, settings.boltPort()))
                + attribute("data-connected", Links.browserWithKeptCredentials(host, port))
                + attribute("data-form", form)
                + "><p>Opening Neo4j Browser&hellip; If nothing happens, <a href=\"" + HtmlUtils.htmlEscape(form)
                + "\">open it here</a>.</p></body></html>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }

    private static String attribute(String name, String value) {
        return " " + name + "=\"" + HtmlUtils.htmlEscape(value) + "\"";
    }

    @GetMapping(value = Links.GUIDE_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> guide() {
        String html = guide.updateAndGet(g -> g != null ? g : QueryGuide.html());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
