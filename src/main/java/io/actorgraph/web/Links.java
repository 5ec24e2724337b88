package io.actorgraph.web;

/** The addresses {@code serve} prints and the graph view links to. */
public final class Links {

    static final String GUIDE_PATH = "/guides/queries.html";

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
     * by default; with authentication on, the Browser asks for the password.
     */
    public static String browser(String host, int httpPort, int boltPort, boolean auth) {
        String dbms = Links.bolt(host, boltPort);
        String guide = "http://localhost:" + httpPort + GUIDE_PATH;
        // left unencoded so that a person can read it: none of the values holds '&', '#' or a space
        return "http://" + host + ":" + httpPort + "/browser/?dbms=" + (auth ? "bolt://neo4j@" + host + ":" + boltPort : dbms)
                + "&preselectAuthMethod=" + (auth ? "BASIC" : "NO_AUTH") + "&cmd=guide&arg=" + guide;
    }
}
