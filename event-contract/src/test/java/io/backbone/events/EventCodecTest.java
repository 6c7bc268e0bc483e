package io.backbone.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private static final Instant AT = Instant.parse("2026-11-20T07:30:00Z");

    @Test
    void sessionCompletedSurvivesARoundTrip() {
        var payload = new SessionCompleted("s-1", "client-1", "m-1", "gym-a", "p-1", 3, AT,
                List.of(new SessionCompleted.ExerciseResult("glute-bridge", true, 2, 2, 10, null, null, null)), 4, 2);
        CloudEvent event = EventCodec.wrap("/progress-service", "m-1", "gym-a", payload);

        CloudEvent read = EventCodec.decode(EventCodec.encode(event));

        assertThat(read).isEqualTo(event);
        assertThat(read.type()).isEqualTo("io.backbone.session-completed.v1");
        assertThat(read.key()).isEqualTo("m-1");
        assertThat(EventCodec.payload(read, SessionCompleted.class)).isEqualTo(payload);
    }

    @Test
    void everyPayloadTypeRoundTrips() {
        List<Object> payloads = List.of(
                new PainReported("r-1", "m-1", "gym-a", 6, "morning", "lower back", AT),
                new ProgramChanged("p-1", "m-1", "gym-a", 2, ProgramChanged.ACTIVE, 3, List.of("hip-hinge"), "progressed", AT, "relief"),
                new ExerciseChanged("hip-hinge", null, 4, ExerciseChanged.UPDATED, AT),
                new MemberEnrolled("m-1", "gym-a", AT),
                new OutcomeRecorded("o-1", "m-1", "gym-a", OutcomeRecorded.ODI, 34.0, "moderate", AT));
        for (Object payload : payloads) {
            CloudEvent event = EventCodec.wrap("/test", "subject", "gym-a", payload);
            assertThat(EventCodec.payload(EventCodec.decode(EventCodec.encode(event)), payload.getClass()))
                    .isEqualTo(payload);
        }
    }

    @Test
    void unknownFieldsAreTolerated() {
        String json = """
                {"specversion":"1.0","id":"e-1","source":"/x","type":"io.backbone.pain-reported.v1",
                 "time":"2026-11-20T07:30:00Z","subject":"m-1","gym":"gym-a","futureenvelopefield":1,
                 "data":{"reportId":"r-1","memberId":"m-1","gym":"gym-a","rating":3,"context":"morning",
                         "reportedAt":"2026-11-20T07:30:00Z","mood":"fine"}}""";

        PainReported report = EventCodec.decodePayload(json, PainReported.class);

        assertThat(report.rating()).isEqualTo(3);
        assertThat(report.location()).isNull();
    }

    @Test
    void missingEnvelopeFieldIsRejectedWithItsName() {
        String json = """
                {"specversion":"1.0","source":"/x","type":"io.backbone.pain-reported.v1",
                 "time":"2026-11-20T07:30:00Z","subject":"m-1","data":{}}""";

        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'id'");
    }

    @Test
    void missingPayloadFieldIsRejectedWithItsName() {
        String json = """
                {"specversion":"1.0","id":"e-1","source":"/x","type":"io.backbone.pain-reported.v1",
                 "time":"2026-11-20T07:30:00Z","subject":"m-1",
                 "data":{"reportId":"r-1","gym":"gym-a","rating":3,"context":"morning","reportedAt":"2026-11-20T07:30:00Z"}}""";

        assertThatThrownBy(() -> EventCodec.decodePayload(json, PainReported.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'memberId'");
    }

    @Test
    void garbageAndWrongTypesAreRejected() {
        assertThatThrownBy(() -> EventCodec.decode("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("")).isInstanceOf(MalformedEventException.class);
        CloudEvent pain = EventCodec.wrap("/x", "m-1", "gym-a", new PainReported("r", "m-1", "gym-a", 1, "morning", null, AT));
        assertThatThrownBy(() -> EventCodec.payload(pain, SessionCompleted.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("expected type");
    }
}
