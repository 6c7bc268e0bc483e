package io.backbone.progress.rest;

import io.backbone.progress.domain.CohortAnalytics;
import io.backbone.progress.domain.CohortFilter;
import io.backbone.progress.domain.ExportRow;
import io.backbone.progress.service.AnalyticsService;
import io.backbone.progress.service.ExportService;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.Tenancy;
import io.backbone.vocabulary.Coded;
import io.backbone.vocabulary.Goal;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Cohort figures and the pseudonymised export of the caller's gym, with small cells suppressed. */
@Path("/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @Inject
    AnalyticsService analytics;
    @Inject
    ExportService export;
    @Inject
    Clock clock;

    @GET
    @Path("/adherence")
    @Operation(summary = "Cohort adherence: median and quartiles, share meeting 80%, dropout, weekly series")
    public CohortAnalytics.AdherenceReport adherence(
            @QueryParam("program") @Parameter(description = "programme track: relief, prevention or back-to-training") String program,
            @QueryParam("enrolmentMonth") @Parameter(description = "yyyy-MM") String enrolmentMonth,
            @QueryParam("from") @Parameter(description = "yyyy-MM-dd; default 12 weeks before 'to'") String from,
            @QueryParam("to") @Parameter(description = "yyyy-MM-dd; default today") String to,
            @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        return analytics.cohort(Tenancy.requireGym(gym), filter(program, enrolmentMonth, from, to)).adherence();
    }

    @GET
    @Path("/outcomes")
    @Operation(summary = "Cohort pain and disability change, responder and recovery rates, distribution of pain change")
    public CohortAnalytics.OutcomesReport outcomes(@QueryParam("program") String program,
                                                   @QueryParam("enrolmentMonth") String enrolmentMonth,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        return analytics.cohort(Tenancy.requireGym(gym), filter(program, enrolmentMonth, from, to)).outcomes();
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson"})
    @Operation(summary = "One pseudonymised row per member-week, streamed; see /analytics/export/dictionary")
    public Response export(@QueryParam("format") @Parameter(description = "csv (default) or ndjson") String format,
                           @HeaderParam(Tenancy.GYM_HEADER) String gym) {
        String tenant = Tenancy.requireGym(gym);
        ExportService.Format chosen = format == null || format.equals("csv") ? ExportService.Format.CSV
                : format.equals("ndjson") ? ExportService.Format.NDJSON : null;
        if (chosen == null) {
            throw ProblemException.invalidField("format", "csv or ndjson");
        }
        StreamingOutput body = out -> export.write(tenant, chosen, out);
        String type = chosen == ExportService.Format.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson";
        String file = "backbone-" + tenant + "-" + LocalDate.now(clock) + (chosen == ExportService.Format.CSV ? ".csv" : ".ndjson");
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @GET
    @Path("/export/dictionary")
    @Operation(summary = "The export's columns, in order, with their types and meaning")
    public List<ExportRow.Column> dictionary() {
        return ExportRow.DICTIONARY;
    }

    CohortFilter filter(String program, String enrolmentMonth, String from, String to) {
        if (program != null && Goal.find(program).isEmpty()) {
            throw ProblemException.invalidField("program", "one of " + Coded.codes(Goal.class));
        }
        YearMonth month = null;
        if (enrolmentMonth != null) {
            try {
                month = YearMonth.parse(enrolmentMonth);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("enrolmentMonth", "must be yyyy-MM");
            }
        }
        LocalDate end = date("to", to, LocalDate.now(clock));
        LocalDate start = date("from", from, end.minusWeeks(12).plusDays(1));
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        if (start.isBefore(end.minusYears(3))) {
            throw ProblemException.invalidField("from", "the period may span at most 3 years");
        }
        return new CohortFilter(program, month, start, end);
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date yyyy-MM-dd");
        }
    }
}
