package io.actorgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyStatementIsIdempotentAndNamed() {
        List<String> statements = Schema.statements();
        assertThat(statements).isNotEmpty().allSatisfy(s -> assertThat(s).contains("IF NOT EXISTS"));
        assertThat(statements).extracting(Schema::name).doesNotHaveDuplicates().contains("actor_key", "name_key");
    }

    @Test
    void everyRelationHasAUniqueKey() {
        String all = String.join("\n", Schema.statements());
        for (Relation relation : Relation.values()) {
            assertThat(all).contains("[r:" + relation.name() + "]");
        }
    }

    @Test
    void pageCacheSizesParse() {
        assertThat(EmbeddedStore.parseBytes("512m")).isEqualTo(512L * 1024 * 1024);
        assertThat(EmbeddedStore.parseBytes("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
    }
}
