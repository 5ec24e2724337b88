package io.actorgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses {@code serve} prints and the graph view links to. */
public final class Links {

    static final String GUIDE_PATH = "/guides/queries.html";
    static final String BROWSER_LOGIN_PATH = "/neo4j-browser";

    private Links() {
    }

    public static String graphView(String base) {
        return base + "/";
    }

    public static String swaggerUi(String base) {
        return base + "/swagger-ui.html";
    }

    public static String bolt(String host, int boltPort) {
        return "bolt://" + host + ":" + boltPort;
    }

    /**
     * Neo4j Browser, connected by itself to the embedded store's Bolt port and opening the guide
     * of cypher/queries. The guide is fetched from "localhost", the host name Neo4j Browser allows
     * by default. With authentication on, the Browser shows its login form with user neo4j filled in.
     */
    public static String browser(String host, int httpPort, int boltPort, boolean auth) {
        String dbms = Links.bolt(host, boltPort);
        // left unencoded so that a person can read it: none of the values holds '&', '#' or a space
        return "http://" + host + ":" + httpPort + "/browser/?dbms=" + (auth ? "bolt://neo4j@" + host + ":" + boltPort : dbms)
                + "&preselectAuthMethod=" + (auth ? "NATIVE" : "NO_AUTH") + "&" + guide(httpPort);
    }

    /** Neo4j Browser with the guide, connecting with the credentials it keeps (no dbms: a dbms would ask again). */
    static String browserWithKeptCredentials(String host, int httpPort) {
        return "http://" + host + ":" + httpPort + "/browser/?" + guide(httpPort);
    }

    private static String guide(int httpPort) {
        return "cmd=guide&arg=http://localhost:" + httpPort + GUIDE_PATH;
    }

    /**
     * The address that opens Neo4j Browser logged in: a page of this server that hands the
     * password, which travels in the fragment (never sent to a server, never logged), to the
     * Browser, as Jupyter's printed address carries its token. Whoever holds this address can
     * use Bolt: it is printed on serve's stdout only.
     */
    public static String browserLogin(String base, String password) {
        return base + BROWSER_LOGIN_PATH + "#password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }
}
