package io.backbone.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One member's record as a FHIR R4 {@code collection} Bundle, built with HAPI's model classes from
 * the services' JSON answers (see docs/fhir.md for the mapping field by field). Every resource's
 * id is a name-based UUID of what it describes, so the same data gives the same resources on
 * every export, and every reference is to an entry of the bundle ({@code urn:uuid:}).
 */
public final class FhirRecord {

    public static final String BASE = "https://backbone.example/fhir";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String EXERCISE_THERAPY = "229065009";
    public static final String PATIENT_REFERRAL = "3457005";
    public static final String PAIN_NRS = "72514-3";
    public static final String ODI_PANEL = "97908-8";
    public static final String ODI_SCORE = "97909-6";
    /** Backbone's own codes where no standard one exists (RMDQ has no LOINC code). */
    public static final String OUTCOME_CODES = BASE + "/CodeSystem/outcome-scores";
    public static final String RED_FLAG_CODES = BASE + "/CodeSystem/red-flags";
    public static final String ODI_QUESTIONNAIRE = BASE + "/Questionnaire/odi";
    public static final String RMDQ_QUESTIONNAIRE = BASE + "/Questionnaire/rmdq";

    /** What the record is made of: the services' answers, as they come. */
    public record Sources(JsonNode member, JsonNode programme, JsonNode revisions, List<JsonNode> sessions,
                          List<JsonNode> painReports, List<JsonNode> outcomeMeasures) {
    }

    private final String gym;
    private final String memberId;
    private final Bundle bundle = new Bundle();
    private final Map<Integer, String> carePlanByRevision = new LinkedHashMap<>();

    private FhirRecord(String gym, String memberId) {
        this.gym = gym;
        this.memberId = memberId;
    }

    /**
     * @param withName whether the member's display name goes into the Patient (gym staff only)
     * @param asOf     the bundle's {@code meta.lastUpdated}: the one thing that differs between exports
     */
    public static Bundle bundle(String gym, Sources sources, boolean withName, Instant asOf) {
        String memberId = sources.member().path("id").asText();
        FhirRecord record = new FhirRecord(gym, memberId);
        record.bundle.setType(Bundle.BundleType.COLLECTION);
        record.bundle.setId(record.uuid("bundle", ""));
        record.bundle.getMeta().setLastUpdated(Date.from(asOf));
        record.bundle.setIdentifier(new Identifier().setSystem(BASE + "/gym/" + gym + "/record").setValue(memberId));
        Reference patient = record.patient(sources.member(), withName);
        record.programme(sources.programme(), sources.revisions(), patient);
        sources.sessions().forEach(s -> record.session(s, patient));
        sources.painReports().forEach(p -> record.pain(p, patient));
        if (!sources.outcomeMeasures().isEmpty()) {
            record.add(questionnaire(ODI_QUESTIONNAIRE, "OswestryDisabilityIndex", "Oswestry Disability Index (ODI) 2.1a",
                    "odi", 10, Questionnaire.QuestionnaireItemType.INTEGER,
                    "The ODI is copyrighted (Fairbank and Pynsent, 2000); its question text is used under licence and is not "
                            + "published here: only its item codes are."), "questionnaire", "odi");
            record.add(questionnaire(RMDQ_QUESTIONNAIRE, "RolandMorrisDisabilityQuestionnaire",
                    "Roland-Morris Disability Questionnaire (RMDQ)", "rmdq", 24, Questionnaire.QuestionnaireItemType.BOOLEAN,
                    "The RMDQ is copyrighted (Roland and Morris, 1983): only its item codes are published here."),
                    "questionnaire", "rmdq");
            sources.outcomeMeasures().forEach(o -> record.outcome(o, patient));
        }
        return record.bundle;
    }

    private Reference patient(JsonNode member, boolean withName) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(BASE + "/gym/" + gym + "/member").setValue(memberId);
        if (withName && member.path("displayName").isTextual()) {
            patient.addName(new HumanName().setText(member.path("displayName").asText()));
        }
        return add(patient, "patient", "");
    }

    private void programme(JsonNode programme, JsonNode revisions, Reference patient) {
        if (programme == null || revisions == null || !revisions.isArray() || revisions.isEmpty()) {
            return;
        }
        String programId = programme.path("id").asText();
        int current = programme.path("revision").asInt();
        String previous = null;
        List<JsonNode> all = new ArrayList<>();
        revisions.forEach(all::add);
        for (int i = 0; i < all.size(); i++) {
            JsonNode revision = all.get(i);
            int number = revision.path("revision").asInt();
            boolean isCurrent = number == current;
            CarePlan plan = new CarePlan();
            plan.addIdentifier().setSystem(BASE + "/gym/" + gym + "/programme").setValue(programId + "/" + number);
            plan.setIntent(CarePlan.CarePlanIntent.PLAN);
            plan.setStatus(isCurrent ? ("referred".equals(revision.path("status").asText())
                    ? CarePlan.CarePlanStatus.ONHOLD : CarePlan.CarePlanStatus.ACTIVE) : CarePlan.CarePlanStatus.REVOKED);
            plan.setTitle("Back programme, revision " + number);
            plan.setDescription(revision.path("reason").asText());
            plan.setSubject(patient);
            plan.addCategory(concept(SNOMED, EXERCISE_THERAPY, "Exercise therapy"));
            Period period = new Period().setStartElement(dateTime(revision.path("at")));
            if (i + 1 < all.size()) {
                period.setEndElement(dateTime(all.get(i + 1).path("at")));
            }
            plan.setPeriod(period);
            String id = uuid("careplan", programId + "/" + number);
            plan.setId(id);
            if (previous != null) {
                plan.addReplaces(new Reference("urn:uuid:" + previous));
            }
            Reference planReference = new Reference("urn:uuid:" + id);
            if (isCurrent && "active".equals(programme.path("status").asText())) {
                for (JsonNode session : programme.path("sessions")) {
                    for (JsonNode exercise : session.path("exercises")) {
                        plan.addActivity().setReference(exerciseRequest(exercise, session, programme, patient, planReference));
                    }
                }
            } else {
                for (JsonNode exerciseId : revision.path("exerciseIds")) {
                    CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
                    detail.setStatus(isCurrent ? CarePlan.CarePlanActivityStatus.INPROGRESS : CarePlan.CarePlanActivityStatus.STOPPED);
                    detail.setCode(new CodeableConcept().setText(exerciseId.asText())
                            .addCoding(new Coding(SNOMED, EXERCISE_THERAPY, "Exercise therapy")));
                }
            }
            narrate(plan);
            bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(plan);
            carePlanByRevision.put(number, id);
            previous = id;
        }
        if (programme.path("referral").isObject()) {
            referral(programme, all.get(all.size() - 1), patient);
        }
    }

    private Reference exerciseRequest(JsonNode exercise, JsonNode session, JsonNode programme, Reference patient,
                                      Reference plan) {
        JsonNode dosage = exercise.path("dosage");
        ServiceRequest request = new ServiceRequest();
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        request.setCode(concept(SNOMED, EXERCISE_THERAPY, "Exercise therapy").setText(exercise.path("name").asText()));
        request.addOrderDetail(new CodeableConcept().setText(exercise.path("exerciseId").asText()));
        request.setSubject(patient);
        request.addBasedOn(plan);
        int perWeek = dosage.path("sessionsPerWeek").asInt(programme.path("sessionsPerWeek").asInt(3));
        request.setOccurrence(new Timing().setRepeat(new Timing.TimingRepeatComponent()
                .setFrequency(perWeek).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK)));
        request.setPatientInstruction(dose(dosage) + ", " + perWeek + " sessions a week (" + session.path("title").asText() + ")");
        request.addReasonCode(new CodeableConcept().setText(exercise.path("reason").asText()));
        if (exercise.path("pinned").asBoolean()) {
            request.addNote().setText("Pinned by the coach: " + exercise.path("pinReason").asText(""));
        }
        return add(request, "exercise", programme.path("id").asText() + "/" + programme.path("revision").asInt() + "/"
                + session.path("kind").asText() + "/" + exercise.path("exerciseId").asText());
    }

    private void referral(JsonNode programme, JsonNode revision, Reference patient) {
        JsonNode referral = programme.path("referral");
        ServiceRequest request = new ServiceRequest();
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.setPriority(referral.path("urgent").asBoolean()
                ? ServiceRequest.ServiceRequestPriority.URGENT : ServiceRequest.ServiceRequestPriority.ROUTINE);
        request.setCode(concept(SNOMED, PATIENT_REFERRAL, "Patient referral").setText("Assessment by a clinician"));
        request.setSubject(patient);
        request.setAuthoredOnElement(dateTime(revision.path("at")));
        for (JsonNode flag : referral.path("redFlags")) {
            request.addReasonCode(concept(RED_FLAG_CODES, flag.path("code").asText(), flag.path("description").asText()));
        }
        request.addNote().setText(referral.path("advice").asText());
        Reference requested = add(request, "referral", programme.path("id").asText());

        Flag flag = new Flag();
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.setCode(new CodeableConcept().setText("Referred to a clinician: red flags reported at intake"
                + (referral.path("urgent").asBoolean() ? " (urgent)" : "")));
        flag.setSubject(patient);
        flag.setPeriod(new Period().setStartElement(dateTime(revision.path("at"))));
        flag.addExtension().setUrl(BASE + "/StructureDefinition/flag-referral").setValue(requested);
        add(flag, "flag", programme.path("id").asText());
    }

    private void session(JsonNode session, Reference patient) {
        Procedure procedure = new Procedure();
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(concept(SNOMED, EXERCISE_THERAPY, "Exercise therapy").setText("Exercise therapy session"));
        procedure.setSubject(patient);
        procedure.setPerformed(dateTime(session.path("performedAt")));
        String plan = session.path("programRevision").isInt() ? carePlanByRevision.get(session.path("programRevision").asInt()) : null;
        if (plan != null) {
            procedure.addBasedOn(new Reference("urn:uuid:" + plan));
        }
        List<String> done = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode e : session.path("exercises")) {
            String id = e.path("exerciseId").asText();
            if (e.path("done").asBoolean()) {
                done.add(id + performed(e) + prescribed(e));
            } else {
                skipped.add(id);
            }
        }
        StringBuilder note = new StringBuilder("Done ").append(done.size()).append(" of ").append(done.size() + skipped.size())
                .append(" exercises");
        if (!done.isEmpty()) {
            note.append(": ").append(String.join("; ", done));
        }
        if (!skipped.isEmpty()) {
            note.append(". Skipped: ").append(String.join(", ", skipped));
        }
        note.append(". Pain during ").append(session.path("painDuring").asInt()).append("/10");
        if (session.path("rpe").isInt()) {
            note.append(", effort (RPE) ").append(session.path("rpe").asInt()).append("/10");
        }
        procedure.addNote().setText(note + ".");
        add(procedure, "session", session.path("id").asText());
    }

    private static String performed(JsonNode e) {
        if (e.path("sets").isInt() && e.path("reps").isInt()) {
            return " " + e.path("sets").asInt() + "×" + e.path("reps").asInt();
        }
        if (e.path("sets").isInt() && e.path("holdSeconds").isInt()) {
            return " " + e.path("sets").asInt() + "×" + e.path("holdSeconds").asInt() + " s";
        }
        return "";
    }

    private static String prescribed(JsonNode e) {
        return e.path("prescribedSets").isInt() ? " (prescribed " + e.path("prescribedSets").asInt() + " sets)" : "";
    }

    private void pain(JsonNode report, Reference patient) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
        observation.setCode(concept(LOINC, PAIN_NRS, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
        observation.setSubject(patient);
        observation.addPerformer(patient); // the member reports their own pain
        observation.setEffective(dateTime(report.path("reportedAt")));
        observation.setValue(new org.hl7.fhir.r4.model.IntegerType(report.path("rating").asInt()));
        String context = switch (report.path("context").asText()) {
            case "morning" -> "on waking, in the morning";
            case "after-session" -> "after an exercise session";
            default -> "during the day";
        };
        observation.addNote().setText("Reported " + context + (report.path("location").isTextual()
                ? "; where: " + report.path("location").asText() : "") + ".");
        add(observation, "pain", report.path("id").asText());
    }

    private void outcome(JsonNode measure, Reference patient) {
        boolean odi = "ODI".equals(measure.path("instrument").asText());
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(odi ? ODI_QUESTIONNAIRE : RMDQ_QUESTIONNAIRE);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient);
        response.setAuthoredElement(dateTime(measure.path("completedAt")));
        int item = 0;
        for (JsonNode answer : measure.path("answers")) {
            item++;
            QuestionnaireResponse.QuestionnaireResponseItemComponent line = response.addItem()
                    .setLinkId((odi ? "odi-" : "rmdq-") + item);
            if (answer.isInt()) {
                line.addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(answer.asInt()));
            } else if (answer.isBoolean()) {
                line.addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(answer.asBoolean()));
            }
        }
        Reference answered = add(response, "questionnaire-response", measure.path("id").asText());

        Observation score = new Observation();
        score.setStatus(Observation.ObservationStatus.FINAL);
        score.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
        score.setSubject(patient);
        score.addPerformer(patient); // the member's own answers, scored
        score.setEffective(dateTime(measure.path("completedAt")));
        score.addDerivedFrom(answered);
        if (odi) {
            score.setCode(concept(LOINC, ODI_SCORE, "Oswestry Disability Index score"));
            score.setValue(new Quantity().setValue(measure.path("score").decimalValue()).setUnit("%").setSystem(UCUM).setCode("%"));
            if (measure.path("band").isTextual()) {
                score.addNote().setText("Disability band: " + measure.path("band").asText());
            }
        } else {
            score.setCode(concept(OUTCOME_CODES, "rmdq-score", "Roland-Morris Disability Questionnaire score (0-24)"));
            score.setValue(new org.hl7.fhir.r4.model.IntegerType((int) Math.round(measure.path("score").asDouble())));
        }
        add(score, "score", measure.path("id").asText());
    }

    /** A questionnaire Backbone publishes: its items' codes, never a licensed question's text. */
    static Questionnaire questionnaire(String url, String name, String title, String prefix, int items,
                                       Questionnaire.QuestionnaireItemType type, String copyright) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setUrl(url);
        questionnaire.setName(name);
        questionnaire.setTitle(title);
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.setCopyright(copyright);
        if (ODI_QUESTIONNAIRE.equals(url)) {
            questionnaire.addCode(new Coding(LOINC, ODI_PANEL, "Oswestry Disability Index panel"));
        }
        for (int i = 1; i <= items; i++) {
            questionnaire.addItem().setLinkId(prefix + "-" + i).setType(type)
                    .addCode(new Coding(BASE + "/CodeSystem/" + prefix + "-items", prefix + "-" + i, null));
        }
        return questionnaire;
    }

    static String dose(JsonNode dosage) {
        int sets = dosage.path("sets").asInt(1);
        String each = dosage.path("reps").isInt() ? dosage.path("reps").asInt() + " reps"
                : dosage.path("holdSeconds").isInt() ? dosage.path("holdSeconds").asInt() + "-second holds" : "steady work";
        return sets + (sets == 1 ? " set of " : " sets of ") + each + (dosage.path("perSide").asBoolean() ? " each side" : "");
    }

    private Reference add(DomainResource resource, String kind, String sourceId) {
        String id = uuid(kind, sourceId);
        resource.setId(id);
        narrate(resource);
        bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
        return new Reference("urn:uuid:" + id);
    }

    /** A human-readable summary in every resource, so a record system shows it as it is (dom-6). */
    private static void narrate(DomainResource resource) {
        String text;
        if (resource instanceof Patient p) {
            text = "Member " + p.getIdentifierFirstRep().getValue() + (p.hasName() ? ": " + p.getNameFirstRep().getText() : "");
        } else if (resource instanceof CarePlan c) {
            text = c.getTitle() + " (" + c.getStatus().getDisplay() + "): " + c.getDescription();
        } else if (resource instanceof ServiceRequest r) {
            text = r.getCode().getText() + (r.hasPatientInstruction() ? ": " + r.getPatientInstruction() : "")
                    + (r.hasNote() ? ". " + r.getNoteFirstRep().getText() : "");
        } else if (resource instanceof Observation o) {
            text = o.getCode().getCodingFirstRep().getDisplay() + ": " + (o.getValue() instanceof Quantity q
                    ? q.getValue().stripTrailingZeros().toPlainString() + " " + q.getUnit() : o.getValue().primitiveValue());
        } else if (resource instanceof QuestionnaireResponse q) {
            text = "Answers to " + q.getQuestionnaire();
        } else if (resource instanceof Questionnaire q) {
            text = q.getTitle() + " (item codes only)";
        } else if (resource instanceof Procedure p) {
            text = p.getCode().getText() + ". " + p.getNoteFirstRep().getText();
        } else if (resource instanceof Flag f) {
            text = f.getCode().getText();
        } else {
            text = resource.fhirType();
        }
        resource.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(text) + "</div>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The same thing described gives the same id on every export. */
    private String uuid(String kind, String sourceId) {
        return UUID.nameUUIDFromBytes((gym + "/" + memberId + "/" + kind + "/" + sourceId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    private static DateTimeType dateTime(JsonNode instant) {
        DateTimeType value = new DateTimeType(Date.from(Instant.parse(instant.asText())));
        value.setTimeZoneZulu(true);
        return value;
    }
}
