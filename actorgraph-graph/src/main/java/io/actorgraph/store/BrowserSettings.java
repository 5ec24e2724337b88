package io.actorgraph.store;

import org.neo4j.configuration.Description;
import org.neo4j.configuration.SettingBuilder;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.SettingsDeclaration;
import org.neo4j.graphdb.config.Setting;

/**
 * The one Neo4j Browser setting the embedded store declares (Neo4j's HTTP server, which would,
 * is not embedded). Neo4j Browser reads it through {@code dbms.clientConfig()} and, when it is
 * missing, keeps the password of its connection in the browser's local storage; this store
 * tells it not to, so that the password the printed address hands over lasts the session only.
 * Found by Neo4j through META-INF/services.
 */
public final class BrowserSettings implements SettingsDeclaration {

    @Description("Whether Neo4j Browser keeps the credentials of its connection in the browser's local storage.")
    public static final Setting<Boolean> retain_connection_credentials = SettingBuilder.newBuilder(
            "browser.retain_connection_credentials", SettingValueParsers.BOOL, false).build();
}
