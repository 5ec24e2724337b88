package io.actorgraph.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the web side is served: where it listens, whether this process also serves Bolt and
 * Neo4j Browser (the embedded default), and the security settings that binding beyond
 * loopback requires.
 *
 * @param bind          address the HTTP server (and Bolt) listen on
 * @param port          HTTP port; 0 picks a free one
 * @param boltPort      Bolt port of the embedded store, or null when the graph is on a server (--uri)
 * @param neo4jAuth     whether Bolt asks for a password (Neo4j Browser then shows its login form)
 * @param apiToken      the bearer token every /api request must carry, or null for none
 * @param ingestEnabled whether POST /api/articles is on
 * @param maxBodyBytes  the largest request body accepted
 * @param storeLocation where the graph is, for the start-up message and /api/status
 */
public record ServeSettings(String bind, int port, Integer boltPort, boolean neo4jAuth, String apiToken,
        boolean ingestEnabled, long maxBodyBytes, String storeLocation) {

    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    /** Loopback, embedded Bolt on {@code boltPort}, no token, ingest off: what tests and the default start with. */
    public static ServeSettings local(int port, Integer boltPort, String storeLocation) {
        return new ServeSettings("127.0.0.1", port, boltPort, false, null, false, DEFAULT_MAX_BODY, storeLocation);
    }

    public ServeSettings withApiToken(String token) {
        return new ServeSettings(bind, port, boltPort, neo4jAuth, token, ingestEnabled, maxBodyBytes, storeLocation);
    }

    public ServeSettings withIngest(boolean enabled, long maxBody) {
        return new ServeSettings(bind, port, boltPort, neo4jAuth, apiToken, enabled, maxBody, storeLocation);
    }

    public ServeSettings withBind(String address, boolean auth) {
        return new ServeSettings(address, port, boltPort, auth, apiToken, ingestEnabled, maxBodyBytes, storeLocation);
    }

    /** Whether this process serves Neo4j Browser (only beside an embedded store with Bolt). */
    public boolean servesBrowser() {
        return boltPort != null;
    }

    public boolean loopback() {
        return isLoopback(bind);
    }

    /** Whether an address (name or literal) stays on this machine. */
    public static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String a = address.strip();
        if (a.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The host to put into URLs a person opens: the bind address, or this machine's name for a wildcard. */
    public String publicHost() {
        String a = bind.strip();
        if (a.equals("0.0.0.0") || a.equals("::") || a.equals("[::]")) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
        return a.contains(":") && !a.startsWith("[") ? "[" + a + "]" : a;
    }
}
