package io.backbone.outbox;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.backbone.support.problem.ProblemException;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a consumer's work again while a failure is the infrastructure's (the database, or a service
 * it calls, away for a moment), so a valid event waits for it instead of landing on the dead-letter
 * topic. A failure of the event itself (it cannot be read or applied) is thrown at once and the
 * record is dead-lettered. Holding the record holds its partition, which keeps each member's events
 * in order. After {@link #PATIENCE_MINUTES} the record is parked after all, and replayable.
 */
@ApplicationScoped
public class InfrastructureRetry {

    static final int PATIENCE_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(InfrastructureRetry.class);

    private final Guard guard = Guard.create().withDescription("consumer work while the infrastructure is away")
            .withRetry().maxRetries(-1).maxDuration(PATIENCE_MINUTES, ChronoUnit.MINUTES)
            .delay(1, ChronoUnit.SECONDS).jitter(200, ChronoUnit.MILLIS)
            .whenException(InfrastructureRetry::isInfrastructure)
            .beforeRetry(failure -> LOG.warnf("a consumed event waits for the infrastructure: %s", failure.toString()))
            .done()
            .build();

    /** Runs {@code work}, again and again while it fails for the infrastructure's sake. */
    public void run(Runnable work) {
        guard.get(() -> {
            work.run();
            return null;
        }, Void.class);
    }

    /** The database or a called service unreachable, timing out or stepping down; anything else is the event's. */
    static boolean isInfrastructure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException || t instanceof MongoNotPrimaryException
                    || t instanceof MongoNodeIsRecoveringException || t instanceof ConnectException
                    || t instanceof TimeoutException || t instanceof CircuitBreakerOpenException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || (t instanceof ProblemException p && p.problem().status() == 503)) {
                return true;
            }
        }
        return false;
    }
}
