package io.actorgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.DeadlockDetectedException;

class RetryTest {

    private static final String FORSETI = "ForsetiClient[transactionId=109, clientId=20] can't acquire ExclusiveLock"
            + "{owner=ForsetiClient[transactionId=108, clientId=2]} on RELATIONSHIP(149) because holders of that lock"
            + " are waiting for ForsetiClient[transactionId=109, clientId=20].\n Wait list:ExclusiveLock[\nClient[108]]";

    @Test
    void neo4jSaysWhichFailuresAnotherAttemptCanMend() {
        // embedded
        assertThat(Retry.cause(new DeadlockDetectedException(FORSETI))).isEqualTo(Retry.Cause.CONTENTION);
        assertThat(Retry.cause(new QueryExecutionException("Relationship(3043) already exists with type `MET_WITH`",
                null, "Neo.ClientError.Schema.ConstraintValidationFailed"))).isEqualTo(Retry.Cause.CONSTRAINT);
        assertThat(Retry.cause(new QueryExecutionException("Invalid input 'MATCHH'", null,
                "Neo.ClientError.Statement.SyntaxError"))).isEqualTo(Retry.Cause.NONE);
        // over Bolt
        assertThat(Retry.cause(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", FORSETI)))
                .isEqualTo(Retry.Cause.CONTENTION);
        assertThat(Retry.cause(new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "exists")))
                .isEqualTo(Retry.Cause.CONSTRAINT);
        assertThat(Retry.cause(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))
                .isEqualTo(Retry.Cause.NONE);
        assertThat(Retry.cause(new ServiceUnavailableException("gone"))).isEqualTo(Retry.Cause.UNAVAILABLE);
        // ours, and causes further down
        assertThat(Retry.cause(new WriteConflict("an actor went"))).isEqualTo(Retry.Cause.CONTENTION);
        assertThat(Retry.cause(new IllegalStateException("wrapped", new DeadlockDetectedException(FORSETI))))
                .isEqualTo(Retry.Cause.CONTENTION);
        assertThat(Retry.cause(new IllegalArgumentException("a bug"))).isEqualTo(Retry.Cause.NONE);
    }

    @Test
    void aTransactionThatMetAnotherIsRunAgainUntilItGoesThrough() {
        AtomicInteger attempts = new AtomicInteger();
        String result = Retry.run("--db test", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new DeadlockDetectedException(FORSETI);
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> Retry.run("--db test", () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("a bug");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aTransactionThatNeverGoesThroughIsGivenUpInOneLine() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> Retry.run("--db test", () -> {
            attempts.incrementAndGet();
            throw new DeadlockDetectedException(FORSETI);
        }, 0.5)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("--db test: other writers kept holding the same actors or facts (")
                .hasMessageContaining("last: a deadlock with another writer")
                .hasMessageNotContaining("Forseti")
                .hasMessageNotContaining("\n");
        assertThat(attempts.get()).isGreaterThan(2);
    }
}
