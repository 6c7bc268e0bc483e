package io.backbone.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The analysts' bulk export in FHIR: one row of the pseudonymised member-week export (the same
 * rows, so the same pseudonyms and small-cell rules) as a {@code Patient} known only by its
 * pseudonym and weekly {@code Observation}s of pain, adherence and disability.
 */
public final class FhirBulk {

    public static final List<String> TYPES = List.of("Patient", "Observation");
    public static final String WEEKLY_ADHERENCE = "weekly-adherence";

    private FhirBulk() {
    }

    public static Patient patient(String gym, String pseudonym) {
        Patient patient = new Patient();
        patient.setId(id(gym, pseudonym, "patient", ""));
        patient.addIdentifier().setSystem(FhirRecord.BASE + "/gym/" + gym + "/pseudonym").setValue(pseudonym);
        narrate(patient.getText(), "A pseudonymised member (" + pseudonym + ")");
        return patient;
    }

    /** A member-week's figures: its mean pain, its adherence and the ODI recorded, where it has them. */
    public static List<Observation> observations(String gym, JsonNode row) {
        String pseudonym = row.path("member").asText();
        LocalDate week = LocalDate.parse(row.path("week").asText());
        Reference subject = new Reference("Patient/" + id(gym, pseudonym, "patient", ""));
        List<Observation> observations = new ArrayList<>();
        if (row.path("pain_mean").isNumber()) {
            observations.add(weekly(gym, pseudonym, week, subject, "pain",
                    new Coding(FhirRecord.LOINC, FhirRecord.PAIN_NRS, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
                    new Quantity().setValue(row.path("pain_mean").decimalValue()).setUnit("{score}").setSystem(FhirRecord.UCUM)
                            .setCode("{score}"), "Mean of " + row.path("pain_reports").asInt() + " pain reports that week"));
        }
        if (row.path("adherence").isNumber()) {
            observations.add(weekly(gym, pseudonym, week, subject, "adherence",
                    new Coding(FhirRecord.OUTCOME_CODES, WEEKLY_ADHERENCE, "Sessions completed of those prescribed, that week"),
                    new Quantity().setValue(row.path("adherence").decimalValue().multiply(BigDecimal.valueOf(100)).stripTrailingZeros())
                            .setUnit("%").setSystem(FhirRecord.UCUM).setCode("%"),
                    row.path("completed_sessions").asInt() + " of " + row.path("prescribed_sessions").asInt() + " sessions"));
        }
        if (row.path("odi").isNumber()) {
            observations.add(weekly(gym, pseudonym, week, subject, "odi",
                    new Coding(FhirRecord.LOINC, FhirRecord.ODI_SCORE, "Oswestry Disability Index score"),
                    new Quantity().setValue(row.path("odi").decimalValue()).setUnit("%").setSystem(FhirRecord.UCUM).setCode("%"),
                    "The latest ODI recorded that week"));
        }
        return observations;
    }

    private static Observation weekly(String gym, String pseudonym, LocalDate week, Reference subject, String kind, Coding code,
                                      Quantity value, String method) {
        Observation observation = new Observation();
        observation.setId(id(gym, pseudonym, kind, week.toString()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
        observation.setCode(new CodeableConcept().addCoding(code));
        observation.setSubject(subject);
        observation.addPerformer(subject);
        observation.setEffective(new Period()
                .setStartElement(day(week))
                .setEndElement(day(week.plusDays(7))));
        observation.setValue(value);
        observation.setMethod(new CodeableConcept().setText(method));
        narrate(observation.getText(), code.getDisplay() + ", week of " + week + ": " + value.getValue().toPlainString()
                + " " + value.getUnit());
        return observation;
    }

    private static DateTimeType day(LocalDate day) {
        DateTimeType value = new DateTimeType(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        value.setTimeZoneZulu(true);
        return value;
    }

    private static void narrate(Narrative text, String summary) {
        text.setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + summary.replace("&", "&amp;").replace("<", "&lt;") + "</div>");
    }

    private static String id(String gym, String pseudonym, String kind, String part) {
        return UUID.nameUUIDFromBytes(("bulk/" + gym + "/" + pseudonym + "/" + kind + "/" + part).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
