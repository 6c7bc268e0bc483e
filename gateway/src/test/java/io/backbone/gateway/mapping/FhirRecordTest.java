package io.backbone.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbone.testing.ContractEnforced;
import io.backbone.testing.FhirValidation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member record built from the services' answers as the OpenAPI document's own examples show
 * them, checked with HAPI's validator against base R4: no errors, and only the warnings that
 * docs/fhir.md explains.
 */
class FhirRecordTest {

    /** A service's answer, as the public API's document gives it for an operation. */
    static JsonNode example(String path, String method) {
        JsonNode example = ContractEnforced.contract().document().path("paths").path(path).path(method).path("responses")
                .path(method.equals("post") ? "201" : "200").path("content").path("application/json").path("example");
        assertThat(example.isMissingNode()).as("example of " + method + " " + path).isFalse();
        return example;
    }

    static List<JsonNode> items(String path) {
        List<JsonNode> items = new ArrayList<>();
        example(path, "get").path("items").forEach(items::add);
        return items;
    }

    static FhirRecord.Sources sources() {
        return new FhirRecord.Sources(example("/api/v1/members/{memberId}", "get"),
                example("/api/v1/members/{memberId}/program", "get"),
                example("/api/v1/members/{memberId}/program/revisions", "get"),
                items("/api/v1/members/{memberId}/sessions"), items("/api/v1/members/{memberId}/pain-reports"),
                items("/api/v1/members/{memberId}/outcome-measures"));
    }

    static String json(Bundle bundle) {
        return FhirValidation.R4.newJsonParser().encodeResourceToString(bundle);
    }

    @Test
    void theRecordIsAValidR4CollectionWithEveryKindOfResource() {
        Bundle bundle = FhirRecord.bundle("gym-demo", sources(), true, Instant.parse("2026-12-01T10:00:00Z"));
        String json = json(bundle);
        assertThat(FhirValidation.errors(json)).as("validation errors").isEmpty();
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Set<String> types = bundle.getEntry().stream().map(e -> e.getResource().fhirType()).collect(Collectors.toSet());
        assertThat(types).contains("Patient", "CarePlan", "ServiceRequest", "Observation", "QuestionnaireResponse",
                "Questionnaire", "Procedure");
        Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
        assertThat(patient.getNameFirstRep().getText()).isNotBlank();
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(FhirRecord.BASE + "/gym/gym-demo/member");

        List<CarePlan> plans = resources(bundle, CarePlan.class);
        assertThat(plans).filteredOn(p -> p.getStatus() == CarePlan.CarePlanStatus.ACTIVE).hasSize(1);
        assertThat(plans).filteredOn(p -> p.getStatus() == CarePlan.CarePlanStatus.REVOKED).isNotEmpty()
                .allMatch(p -> !p.getDescription().isBlank());
        ServiceRequest exercise = resources(bundle, ServiceRequest.class).get(0);
        assertThat(exercise.getCode().getCodingFirstRep().getCode()).isEqualTo(FhirRecord.EXERCISE_THERAPY);
        assertThat(exercise.getPatientInstruction()).contains("set").contains("a week");
        assertThat(resources(bundle, Observation.class)).anyMatch(o -> FhirRecord.PAIN_NRS.equals(o.getCode().getCodingFirstRep().getCode()));
        assertThat(resources(bundle, QuestionnaireResponse.class)).isNotEmpty();
        assertThat(resources(bundle, Procedure.class)).allMatch(p -> p.getNoteFirstRep().getText().startsWith("Done "));
        // every reference resolves inside the bundle
        Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet());
        assertThat(json.lines().flatMap(l -> java.util.regex.Pattern.compile("\"reference\":\"(urn:uuid:[^\"]+)\"")
                .matcher(l).results().map(r -> r.group(1)))).allMatch(fullUrls::contains);
    }

    @Test
    void theSameDataGivesTheSameResourcesOnEveryExportAndNoNameForNonStaff() {
        String first = json(FhirRecord.bundle("gym-demo", sources(), true, Instant.parse("2026-12-01T10:00:00Z")));
        String again = json(FhirRecord.bundle("gym-demo", sources(), true, Instant.parse("2026-12-02T11:00:00Z")));
        assertThat(again.replaceAll("\"lastUpdated\":\"[^\"]+\"", "")).isEqualTo(first.replaceAll("\"lastUpdated\":\"[^\"]+\"", ""));
        Bundle forTheMember = FhirRecord.bundle("gym-demo", sources(), false, Instant.now());
        assertThat(((Patient) forTheMember.getEntryFirstRep().getResource()).hasName()).isFalse();
    }

    @Test
    void aReferredMemberHasAReferralAndAFlagInsteadOfExercises() {
        JsonNode referred = ContractEnforced.contract().document().path("paths").path("/api/v1/members/{memberId}/program")
                .path("post").path("responses").path("200").path("content").path("application/json").path("example");
        assertThat(referred.path("status").asText()).isEqualTo("referred");
        var revisions = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                .add(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("revision", referred.path("revision").asInt())
                        .put("status", "referred").put("reason", referred.path("reason").asText()).put("cause", "intake")
                        .put("at", "2026-11-20T09:00:00Z"));
        Bundle bundle = FhirRecord.bundle("gym-demo", new FhirRecord.Sources(example("/api/v1/members/{memberId}", "get"),
                referred, revisions, List.of(), List.of(), List.of()), true, Instant.now());
        assertThat(FhirValidation.errors(json(bundle))).isEmpty();
        ServiceRequest referral = resources(bundle, ServiceRequest.class).get(0);
        assertThat(referral.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        assertThat(referral.getReasonCode()).isNotEmpty();
        assertThat(resources(bundle, Flag.class)).hasSize(1);
    }

    @Test
    void theWarningsAreOnlyTheOnesDocsFhirExplains() {
        List<String> messages = FhirValidation.messages(json(FhirRecord.bundle("gym-demo", sources(), true, Instant.now())));
        // offline, LOINC cannot be looked up; the validator does not resolve a canonical questionnaire from the bundle
        assertThat(messages).isNotEmpty().allMatch(m -> m.startsWith("WARNING ") && (
                m.contains("CodeSystem is unknown and can't be validated: http://loinc.org")
                        || m.contains("The questionnaire '" + FhirRecord.ODI_QUESTIONNAIRE + "' could not be resolved")
                        || m.contains("The questionnaire '" + FhirRecord.RMDQ_QUESTIONNAIRE + "' could not be resolved")));
    }

    @Test
    void aBulkExportRowBecomesAPseudonymousPatientAndValidWeeklyObservations() throws Exception {
        JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"member":"3f1c0e9b7a2d4c6e8f0a1b2c3d4e5f60","track":"relief","enrolment_month":"2026-09","week":"2026-11-16",
                 "program_week":12,"prescribed_sessions":3,"completed_sessions":2,"adherence":0.667,"pain_mean":3.5,
                 "pain_reports":2,"pain_during_mean":2.0,"rpe_mean":5.0,"odi":24.0,"rmdq":null}""");
        var parser = FhirValidation.R4.newJsonParser();
        Patient patient = FhirBulk.patient("gym-demo", row.path("member").asText());
        assertThat(FhirValidation.errors(parser.encodeResourceToString(patient))).isEmpty();
        assertThat(patient.hasName()).isFalse();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("3f1c0e9b7a2d4c6e8f0a1b2c3d4e5f60");
        List<Observation> observations = FhirBulk.observations("gym-demo", row);
        assertThat(observations).hasSize(3).allMatch(o -> o.getSubject().getReference().equals("Patient/" + patient.getIdElement().getIdPart()));
        for (Observation observation : observations) {
            assertThat(FhirValidation.errors(parser.encodeResourceToString(observation))).isEmpty();
        }
        assertThat(FhirBulk.observations("gym-demo", row)).extracting(o -> o.getIdElement().getIdPart())
                .isEqualTo(observations.stream().map(o -> o.getIdElement().getIdPart()).toList());
    }

    static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
