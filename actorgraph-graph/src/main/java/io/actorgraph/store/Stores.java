package io.actorgraph.store;

import java.net.InetSocketAddress;

/** Opens the store a {@link StoreSpec} names and makes sure its schema is in place. */
public final class Stores {

    private Stores() {
    }

    public static GraphStore open(StoreSpec spec) {
        return open(spec, null);
    }

    /** Opens the store; an embedded one also serves Bolt at {@code bolt} when it is not null. */
    public static GraphStore open(StoreSpec spec, InetSocketAddress bolt) {
        return open(spec, bolt, null);
    }

    /**
     * Opens the store; an embedded one also serves Bolt at {@code bolt} when it is not null, and
     * asks for {@code boltPassword} (user "neo4j") when that is not null.
     */
    public static GraphStore open(StoreSpec spec, InetSocketAddress bolt, String boltPassword) {
        GraphStore store;
        if (spec.remote()) {
            store = DriverStore.connect(spec.uri(), spec.user(), spec.password(), spec.database());
        } else {
            EmbeddedStore.Options options = EmbeddedStore.Options.of(spec.folderOrDefault())
                    .withPageCache(spec.pageCache() == null ? "512m" : spec.pageCache())
                    .withBolt(bolt)
                    .withPassword(boltPassword);
            store = EmbeddedStore.open(options);
        }
        try {
            Schema.apply(store);
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException(spec.describe() + ": cannot apply the schema (" + e.getMessage() + ")", e);
        }
        return store;
    }
}
