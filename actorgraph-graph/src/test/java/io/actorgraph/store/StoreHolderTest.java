package io.actorgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreHolderTest {

    @Test
    void theSubcommandIsTakenFromTheLauncherCommandLineAndNothingElse() {
        assertThat(StoreHolder.command("/home/u/actorgraph/target/actorgraph.jar ingest --db /tmp/g articles"))
                .isEqualTo("ingest");
        assertThat(StoreHolder.command("target/actorgraph.jar serve --neo4j-password s3cret --port 8080"))
                .isEqualTo("serve");
        assertThat(StoreHolder.command("target/actorgraph.jar bench load --db /tmp/b")).isEqualTo("bench load");
        assertThat(StoreHolder.command("io.actorgraph.cli.Main ask who met with X")).isEqualTo("ask");
        assertThat(StoreHolder.command("org.apache.maven.surefire.booter.ForkedBooter /tmp/x")).isEmpty();
        assertThat(StoreHolder.command("target/actorgraph.jar --db /tmp/g")).isEmpty();
        assertThat(StoreHolder.command("")).isEmpty();
    }
}
