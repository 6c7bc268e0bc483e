package io.backbone.outbox;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.ServerAddress;
import io.backbone.support.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures a consumer waits out (the infrastructure's) and which it dead-letters (the event's). */
class InfrastructureRetryTest {

    @Test
    void theDatabaseOrACalledServiceAwayIsWaitedOutWhereverItIsInTheCauses() {
        assertThat(InfrastructureRetry.isInfrastructure(new MongoSocketReadException("reset", new ServerAddress()))).isTrue();
        assertThat(InfrastructureRetry.isInfrastructure(new MongoTimeoutException("no server"))).isTrue();
        assertThat(InfrastructureRetry.isInfrastructure(new IllegalStateException("wrapped",
                new UncheckedIOException(new ConnectException("refused"))))).isTrue();
        assertThat(InfrastructureRetry.isInfrastructure(new CircuitBreakerOpenException("catalog-service"))).isTrue();
        assertThat(InfrastructureRetry.isInfrastructure(ProblemException.unavailable("catalog away", 5))).isTrue();
    }

    @Test
    void aFailureOfTheEventItselfIsNotRetried() {
        assertThat(InfrastructureRetry.isInfrastructure(new IllegalArgumentException("no such member"))).isFalse();
        assertThat(InfrastructureRetry.isInfrastructure(ProblemException.invalidField("rating", "out of range"))).isFalse();
        assertThat(InfrastructureRetry.isInfrastructure(new NullPointerException())).isFalse();
        assertThat(InfrastructureRetry.isInfrastructure(new MongoWriteConcernException(
                new com.mongodb.bulk.WriteConcernError(64, "", "", new org.bson.BsonDocument()),
                com.mongodb.WriteConcernResult.unacknowledged(), new ServerAddress()))).isFalse();
    }
}
