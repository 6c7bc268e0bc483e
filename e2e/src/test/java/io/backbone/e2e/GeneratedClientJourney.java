package io.backbone.e2e;

import io.backbone.client.ApiClient;
import io.backbone.client.ApiException;
import io.backbone.client.api.LogsApi;
import io.backbone.client.api.MembersApi;
import io.backbone.client.api.ProgrammeApi;
import io.backbone.client.api.ProgressApi;
import io.backbone.client.model.EquipmentOrNone;
import io.backbone.client.model.Intake;
import io.backbone.client.model.IntakeResult;
import io.backbone.client.model.Member;
import io.backbone.client.model.MemberProgress;
import io.backbone.client.model.MemberRequest;
import io.backbone.client.model.PainContext;
import io.backbone.client.model.PainReport;
import io.backbone.client.model.PainReportRequest;
import io.backbone.client.model.Prescription;
import io.backbone.client.model.Programme;
import io.backbone.client.model.Session;
import io.backbone.client.model.SessionExerciseRequest;
import io.backbone.client.model.SessionRequest;
import io.backbone.client.model.Track;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A partner app's whole member journey through the typed client that openapi-generator makes from
 * the public API's OpenAPI document (e2e's generate-test-sources): enrol, intake, programme,
 * session, pain report, progress. Proves the document is complete enough to build on.
 */
final class GeneratedClientJourney {

    private GeneratedClientJourney() {
    }

    static void run(String gatewayUrl, Function<String[], String> token) throws Exception {
        String gym = "gym-gen";
        ApiClient asCoach = client(gatewayUrl, token.apply(new String[]{"coach-gen", "coach", gym}));
        Member member = new MembersApi(asCoach).enrolMember(new MemberRequest().displayName("Robin G."), null);
        assertThat(member.getGym()).isEqualTo(gym);
        assertThat(member.getId()).startsWith("m-");

        ApiClient asMember = client(gatewayUrl, token.apply(new String[]{member.getId(), "member", gym}));
        IntakeResult intake = new MembersApi(asMember).submitIntake(member.getId(), new Intake().painNow(4).durationWeeks(20)
                .redFlags(List.of()).limitations(List.of()).equipment(List.of(EquipmentOrNone.BAND))
                .minutesPerSession(20).sessionsPerWeek(3).goal(Track.RELIEF), null);
        assertThat(intake.getScreening().getReferred()).isFalse();

        Programme programme = new ProgrammeApi(asMember).generateProgram(member.getId(), null);
        assertThat(programme.getRevision()).isEqualTo(1);
        List<String> exercises = programme.getSessions().get(0).getExercises().stream().map(Prescription::getExerciseId).toList();
        assertThat(exercises).isNotEmpty();

        LogsApi logs = new LogsApi(asMember);
        Session session = logs.logSession(member.getId(), new SessionRequest().clientSessionId("generated-client-1")
                .performedAt(OffsetDateTime.now().minusHours(1)).rpe(4).painDuring(2)
                .exercises(exercises.stream().map(id -> new SessionExerciseRequest().exerciseId(id).done(true)).toList()), null);
        assertThat(session.getId()).isNotNull(); // checked against the programme once its event has arrived
        PainReport pain = logs.reportPain(member.getId(), new PainReportRequest().rating(2).context(PainContext.MORNING), null);
        assertThat(pain.getRating()).isEqualTo(2);

        ProgressApi progress = new ProgressApi(asMember);
        // after the crash tests a restarted consumer may wait out a session timeout before it is assigned
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            MemberProgress figures = progress.getMemberProgress(member.getId(), null);
            assertThat(figures.getLastSessionAt()).isNotNull(); // adherence itself counts finished weeks only
            assertThat(figures.getPain().getLatest()).isEqualTo(2);
        });

        // and the typed client sees the contract's refusals: another member is a 404
        ApiClient asSomeoneElse = client(gatewayUrl, token.apply(new String[]{"m-someoneelse", "member", gym}));
        assertThatThrownBy(() -> new ProgressApi(asSomeoneElse).getMemberProgress(member.getId(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    private static ApiClient client(String gatewayUrl, String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        return client;
    }
}
