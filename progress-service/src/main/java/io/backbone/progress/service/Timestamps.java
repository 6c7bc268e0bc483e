package io.backbone.progress.service;

import io.backbone.progress.config.ProgressConfig;
import io.backbone.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/** Refuses times a client cannot mean: in the future beyond clock skew, or implausibly old. */
@ApplicationScoped
public class Timestamps {

    @Inject
    Clock clock;
    @Inject
    ProgressConfig config;

    public Instant check(String field, Instant value) {
        Instant now = clock.instant();
        if (value.isAfter(now.plus(config.clockSkew()))) {
            throw ProblemException.invalidField(field, "must not be in the future (server time " + now + ")");
        }
        if (value.isBefore(now.minus(config.oldestAccepted()))) {
            throw ProblemException.invalidField(field, "must be within the last " + config.oldestAccepted().toDays() + " days");
        }
        return value;
    }
}
