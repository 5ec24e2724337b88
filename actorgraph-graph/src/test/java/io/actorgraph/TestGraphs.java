package io.actorgraph;

import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Opening in-process stores and loading the hand-written statement fixtures, for integration tests. */
public final class TestGraphs {

    public static final Path STATEMENTS = Path.of("actorgraph-core/src/test/resources/statements");

    private TestGraphs() {
    }

    /** An embedded store in a fresh folder, schema applied, with a small page cache. */
    public static EmbeddedStore open(Path folder) {
        EmbeddedStore store = EmbeddedStore.open(EmbeddedStore.Options.of(folder).withPageCache("64m"));
        Schema.apply(store);
        return store;
    }

    public static StatementDocument statements(String file) {
        return new StatementReader().read(STATEMENTS.resolve(file)).get(0);
    }

    public static void load(GraphStore store, String... files) {
        StatementLoader loader = new StatementLoader(store);
        for (String file : files) {
            loader.load(statements(file));
        }
    }

    /** Node and relationship counts by label and type: what "nothing changed" compares. */
    public static Map<String, Object> counts(GraphStore store) {
        return store.read("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
                CALL () { MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN count(r) AS facts,
                          sum(size(r.articles)) AS evidence }
                RETURN nodes, relationships, actors, facts, evidence
                """, Map.of()).get(0);
    }

    public static List<String> names(io.actorgraph.query.Answer answer) {
        return answer.answers().stream().map(io.actorgraph.query.AnswerItem::name).toList();
    }
}
