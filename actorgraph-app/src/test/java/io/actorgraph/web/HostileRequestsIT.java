package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of hostile requests, sent byte for byte over a socket as an attacker or a broken
 * client would send them (malformed percent-encoding, odd parameters, encoded '/', '\' and NUL
 * in paths, traversal, over-long URLs and headers, bad methods, versions, hosts and content
 * types, huge and broken bodies, odd Unicode, ids that cannot be ids): every answer is a 4xx,
 * never a 5xx, an RFC 9457 problem document (application/problem+json, with status, title and
 * detail, no HTML, no stack trace), and the server still answers afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(bolt -> ServeSettings.local(0, bolt, "test").withIngest(true, MAX_BODY), null,
                ApiIT.FakeExtractor::new, "baku-summit.statements.json");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** What came back for one raw request. */
    record Reply(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    @Test
    void everyHostileRequestGetsAProblemDocumentAndTheServerKeepsAnswering() {
        Map<String, byte[]> corpus = corpus();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, byte[]> request : corpus.entrySet()) {
            Reply reply = send(request.getValue());
            sent++;
            String problem = problemWith(reply);
            if (problem != null) {
                wrong.add(request.getKey() + ": " + problem + " (" + reply.status() + " " + reply.contentType() + " "
                        + cut(reply.body()) + ")");
            }
            if (sent % 50 == 0) {
                assertThat(send(get("/api/hubs")).status()).as("the server answers after " + sent + " requests").isEqualTo(200);
            }
        }
        System.out.printf(Locale.ROOT, "sent %d hostile requests; %d answered otherwise than with a 4xx problem%n", sent,
                wrong.size());
        assertThat(wrong).as("requests not answered with a 4xx problem document").isEmpty();
        assertThat(sent).isGreaterThan(300);
        Reply after = send(get("/api/ask?q=who%20signed%20with%20SOCAR"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains("Mohammed al-Bashir");
    }

    @Test
    void idsThatCouldNotBeFetchedBackAreRefusedOverHttp() {
        for (String id : List.of("../../etc/passwd", "a".repeat(600), "reports/2025", "a\\b", ".hidden",
                "\u202Eevil", "a;b", "tab\there")) {
            String body = JSON.writeValueAsString(Map.of("id", id, "text", "Fjordgas signed with Kenya."));
            Reply reply = send(post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8)));
            assertThat(reply.status()).as(id).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(JSON.readTree(reply.body()).path("detail").asString()).as(id).contains("article id");
        }
        // a good id loads, and can be fetched back
        String body = JSON.writeValueAsString(Map.of("id", "Hafen Gespräche (2025), Teil 1", "text",
                "Fjordgas signed with Kenya."));
        Reply loaded = send(post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8)));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        assertThat(send(get("/api/articles/Hafen%20Gespr%C3%A4che%20(2025),%20Teil%201")).status()).isEqualTo(200);
        // and fetching an id that cannot be one says why rather than "unknown"
        Reply longId = send(get("/api/articles/" + "a".repeat(600)));
        assertThat(longId.status()).isEqualTo(400);
        assertThat(longId.body()).contains("at most 200");
    }

    /** Null when the reply is what every hostile request must get; else what is wrong with it. */
    private static String problemWith(Reply reply) {
        if (reply.status() < 400 || reply.status() > 499) {
            return "status " + reply.status() + ", not 4xx";
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return "content type is not application/problem+json";
        }
        String lower = reply.body().toLowerCase(Locale.ROOT);
        if (lower.contains("<html") || lower.contains("exception") || lower.contains("\tat ")) {
            return "the body holds HTML or a stack trace";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(reply.body());
        } catch (RuntimeException e) {
            return "the body is not JSON";
        }
        if (problem.path("status").asInt() != reply.status() || problem.path("title").asString("").isBlank()
                || problem.path("detail").asString("").isBlank()) {
            return "the problem lacks status, title or detail";
        }
        return null;
    }

    // ---- the corpus --------------------------------------------------------------------

    private Map<String, byte[]> corpus() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        List<String> getPaths = List.of("/api/ask?q=", "/api/actors?q=", "/api/questions/who-met-with?actor=",
                "/api/connection?from=SOCAR&to=", "/api/evidence?fact=", "/api/hubs?limit=",
                "/api/actors/SOCAR/neighbourhood?depth=2&from=", "/api/articles?page=", "/", "/browser/?dbms=");
        // malformed or hostile query values, appended raw to every parameter above
        List<String> badValues = List.of("%", "%%", "%E2%82", "%zz", "%C0%AF", "%ED%A0%80", "%FF%FE", "abc%",
                "%2", "%G0", "%C3%28", "%F0%28%8C%BC", "%80", "%E2%82%28");
        for (String path : getPaths) {
            for (String value : badValues) {
                corpus.put("GET " + path + value, get(path + value));
            }
            // characters Tomcat does not take raw in a query
            for (String raw : List.of("[]=x", "{x}", "a|b", "a\"b", "a<b>", "a^b", "a`b", "a\\b")) {
                String target = path.endsWith("=") ? path.substring(0, path.lastIndexOf('=') + 1) + raw : path + raw;
                corpus.put("GET " + target, get(target));
            }
        }
        corpus.put("GET ?q[]=x", get("/api/ask?q[]=x"));
        corpus.put("GET ?q[0]=x&q[1]=y", get("/api/ask?q[0]=x&q[1]=y"));
        // paths: encoded separators and NUL, traversal, raw bytes, odd Unicode
        for (String path : List.of("/api/actors/a%2Fb", "/api/actors/a%5Cb", "/api/actors/a%00b", "/api/actors/a\\b",
                "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/../../etc/passwd", "/../../etc/passwd",
                "/browser/../../etc/passwd", "/browser/%2e%2e%2fWEB-INF", "/%2e%2e/%2e%2e/etc/passwd",
                "/api/actors/%2e%2e/%2e%2e/etc/passwd", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/api/actors/%C3%28",
                "/api/actors/%C0%AF", "/api/actors/%ED%A0%80", "/api/actors/%FF", "/api/actors/%",
                "/api/articles/%E2%80%AEabc", "/api/articles/%EF%BB%BFabc", "/api/articles/a%3Bb", "/api/articles/%2Ehidden",
                "/api/articles/" + "a".repeat(600), "/api/actors/" + "x".repeat(400), "/api/nope", "/nope",
                "/api/actors/SOCAR/nope", "/api/questions/no-such-form?actor=SOCAR", "/api/actors/Nobody%20At%20All",
                "/api/evidence?fact=no-such-fact", "/api/connection?from=SOCAR", "/api/actors/SOCAR/neighbourhood?depth=9",
                "/api/actors/SOCAR/neighbourhood?depth=-1", "/api/actors/SOCAR/neighbourhood?depth=99999999999999",
                "/api/actors/SOCAR/neighbourhood?limit=x", "/api/actors?limit=0", "/api/hubs?limit=100000",
                "/api/articles?size=0", "/api/articles?page=-1", "/api/ask", "/api/ask?q=", "/api/ask?q=%00",
                "/api/ask?q=%E2%80%AEwho%20met%20with%20x", "/api/ask?q=" + "who%20met%20with%20".repeat(60),
                "/api/actors/SOCAR/neighbourhood?negated=maybe", "/api/articles?size=x")) {
            corpus.put("GET " + path, get(path));
        }
        corpus.put("raw non-ASCII path", raw("GET /api/actors/\u00e9\u2603 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        corpus.put("raw control in path", raw("GET /api/actors/a\u0001b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        corpus.put("raw space in path", raw("GET /api/actors/a b c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        // sizes: the request line and headers together are limited
        corpus.put("URL of 10 KB", get("/api/ask?q=" + "a".repeat(10_000)));
        corpus.put("URL of 100 KB", get("/api/ask?q=" + "a".repeat(100_000)));
        corpus.put("path of 20 KB", get("/api/actors/" + "b".repeat(20_000)));
        corpus.put("header of 20 KB", get("/api/hubs", "X-Big: " + "a".repeat(20_000)));
        corpus.put("cookie of 10 KB", get("/api/hubs", "Cookie: c=" + "a".repeat(10_000)));
        corpus.put("300 headers", get("/api/hubs", headers(300)));
        // methods, versions, hosts
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND", "MKCOL", "CONNECT")) {
            corpus.put(method + " /api/hubs", raw(method + " /api/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"));
            corpus.put(method + " /api/articles", raw(method + " /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"));
        }
        corpus.put("method G(T", raw("G(T /api/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        corpus.put("method with NUL", raw("GE\u0000T /api/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        corpus.put("HTTP/9.9", raw("GET /api/hubs HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"));
        corpus.put("HTTP/2.0 request line", raw("GET /api/hubs HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n"));
        corpus.put("HTTP/1.1 without Host", raw("GET /api/hubs HTTP/1.1\r\n\r\n"));
        corpus.put("two Host headers", raw("GET /api/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.2\r\n\r\n"));
        corpus.put("Host with a space", raw("GET /api/hubs HTTP/1.1\r\nHost: a b\r\n\r\n"));
        corpus.put("Host of another site", raw("GET /api/hubs HTTP/1.1\r\nHost: evil.example\r\n\r\n"));
        corpus.put("header without colon", raw("GET /api/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\nNoColonHere\r\n\r\n"));
        corpus.put("header name with space", raw("GET /api/hubs HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Name: x\r\n\r\n"));
        corpus.put("Expect: nonsense", raw("POST /api/graphml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Expect: 100-nonsense\r\nContent-Length: 2\r\n\r\n{}"));
        // content types and bodies
        byte[] article = "{\"id\": \"hostile\", \"text\": \"Fjordgas signed with Kenya.\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", ";;;", "application/json; charset=ebcdic-xx", "*/*", "application/json/x")) {
            corpus.put("POST articles as " + type, post("/api/articles", type, article));
            corpus.put("POST graphml as " + type, post("/api/graphml", type, "{}".getBytes(StandardCharsets.UTF_8)));
        }
        corpus.put("POST articles without a type", raw("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}"));
        // broken JSON, to both endpoints that take a body
        for (String body : List.of("", "{", "{x", "[", "null", "42", "\"text\"", "[".repeat(5_000),
                "{\"a\":".repeat(5_000), "{\"nodes\": [}", "{\"nodes\": 5, \"edges\": \"x\"}")) {
            corpus.put("POST articles body " + cut(body), post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8)));
            corpus.put("POST graphml body " + cut(body), post("/api/graphml", "application/json", body.getBytes(StandardCharsets.UTF_8)));
        }
        // JSON that is no article
        for (String body : List.of("{\"text\": 42}", "{\"text\": null}", "{\"text\": \"\"}", "{\"text\": \"   \"}",
                "{\"text\": \"Fjordgas signed with Kenya.\", \"date\": \"yesterday\"}", "{\"text\": \"a\u0000b\"}",
                "{\"title\": \"no text\"}", "{\"text\": 1" + "0".repeat(2_000) + "}",
                "{\"format\": \"actorgraph-statements\", \"version\": 1}")) {
            corpus.put("POST articles body " + cut(body), post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8)));
        }
        corpus.put("POST articles, Latin-1 bytes declared UTF-8", post("/api/articles", "application/json; charset=utf-8",
                "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        corpus.put("POST articles, binary", post("/api/articles", "application/json", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe}));
        // huge bodies: declared, and chunked without a length
        corpus.put("POST 5 MB declared", raw("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5242880\r\n\r\n{\"text\": \"" + "a".repeat(1000)));
        corpus.put("POST 300 KB chunked", chunked("/api/articles", 300 * 1024));
        corpus.put("POST graphml 300 KB chunked", chunked("/api/graphml", 300 * 1024));
        corpus.put("Content-Length not a number", raw("POST /api/graphml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}"));
        corpus.put("Content-Length negative", raw("POST /api/graphml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}"));
        corpus.put("Content-Length and chunked", raw("POST /api/graphml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}"));
        corpus.put("bad chunk size", raw("POST /api/graphml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
        corpus.put("unknown transfer coding", raw("POST /api/graphml HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: bogus\r\n\r\n{}"));
        // ids that could never be fetched back
        for (String id : List.of("../../etc/passwd", "a".repeat(600), "x/y", "\u202Eabc", ".", "..", "a\u0000b")) {
            corpus.put("POST article with id " + cut(id), post("/api/articles", "application/json",
                    JSON.writeValueAsString(Map.of("id", id, "text", "Fjordgas signed with Kenya.")).getBytes(StandardCharsets.UTF_8)));
        }
        return corpus;
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] get(String target, String... extraHeaders) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        return raw(request.append("\r\n").toString());
    }

    private static String headers(int count) {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < count; i++) {
            headers.append(i == 0 ? "" : "\r\n").append("X-Header-").append(i).append(": value-").append(i);
        }
        return headers.toString();
    }

    private static byte[] post(String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n"));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] chunked(String path, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"));
        byte[] chunk = ("{\"text\": \"" + "a".repeat(8_180) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int sent = 0; sent < size; sent += chunk.length) {
            out.writeBytes(raw(Integer.toHexString(chunk.length) + "\r\n"));
            out.writeBytes(chunk);
            out.writeBytes(raw("\r\n"));
        }
        out.writeBytes(raw("0\r\n\r\n"));
        return out.toByteArray();
    }

    private static String cut(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }

    // ---- one raw exchange ----------------------------------------------------------------

    /** Sends the bytes as they are, on a connection of their own, and reads the answer until the server is done. */
    private Reply send(byte[] request) {
        byte[] withClose = closing(request);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // a server that answers before the whole body is sent (413) may close early: keep writing on the side
            Thread writer = new Thread(() -> {
                try {
                    out.write(withClose);
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading: its answer is what counts
                }
            }, "hostile-writer");
            writer.start();
            byte[] answer = readAll(socket.getInputStream());
            writer.join(10_000);
            return parse(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks the server to close after answering (so that the answer ends at end of stream). */
    private static byte[] closing(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n");
        if (end < 0) {
            return request;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, end + 2).getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("Connection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(text.substring(end + 2).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // a reset after the answer was sent still leaves the answer
        }
        return answer.toByteArray();
    }

    private static Reply parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return new Reply(-1, Map.of(), text);
        }
        String[] head = text.substring(0, split).split("\r\n");
        String[] statusLine = head[0].split(" ");
        int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
        }
        byte[] body = text.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.writeBytes(text.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
