package io.backbone.gateway.rest;

import io.backbone.gateway.mapping.FhirBulk;
import io.backbone.gateway.security.Caller;
import io.backbone.gateway.security.Roles;
import io.backbone.gateway.service.FhirExport;
import io.backbone.support.problem.ProblemException;
import io.backbone.support.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gym's pseudonymised FHIR bulk export, per the FHIR Bulk Data Access protocol: kick-off,
 * status, files. (A member's own record is {@code GET /api/v1/members/{memberId}/fhir}.)
 */
@Path("/api/v1/fhir")
public class FhirResource {

    // the operations' names start with '$' (FHIR's convention), which a path template would read as
    // the end of its pattern, and the router matches the raw path, where a client may have sent it
    // as %24: each is a one-value regex parameter instead, e.g. {kickOff: (?:\\$|%24)export}

    /** What the Bulk Data spec lets a client ask for; all mean NDJSON of FHIR resources. */
    static final Set<String> OUTPUT_FORMATS = Set.of(FhirExport.FHIR_NDJSON, "application/ndjson", "ndjson");

    @Inject
    Caller caller;
    @Inject
    FhirExport fhir;

    @GET
    @Path("/{kickOff: (?:\\$|%24)export}")
    @RolesAllowed({Roles.ANALYST})
    public Response startBulkExport(@HeaderParam("Prefer") String prefer, @QueryParam("_type") List<String> types,
                                    @QueryParam("_outputFormat") String outputFormat, @Context UriInfo uri) {
        if (prefer == null || !prefer.contains("respond-async")) {
            throw ProblemException.invalidField("Prefer", "must be respond-async: a bulk export runs asynchronously");
        }
        if (outputFormat != null && !OUTPUT_FORMATS.contains(outputFormat)) {
            throw ProblemException.invalidField("_outputFormat", "one of " + String.join(", ", OUTPUT_FORMATS));
        }
        List<String> wanted = types == null || types.isEmpty() ? FhirBulk.TYPES : QueryParams.split(types);
        for (String type : wanted) {
            if (!FhirBulk.TYPES.contains(type)) {
                throw ProblemException.invalidField("_type", "'" + type + "' is not exported; one of " + FhirBulk.TYPES);
            }
        }
        FhirExport.Job job = fhir.start(caller.gym(), wanted);
        return Response.accepted().header("Content-Location", status(uri, job)).build();
    }

    @GET
    @Path("/{status: (?:\\$|%24)export-status}/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST})
    public Map<String, Object> bulkExportStatus(@PathParam("jobId") String jobId, @Context UriInfo uri) {
        FhirExport.Job job = fhir.job(caller.gym(), jobId);
        // the files are written as they are fetched, from the live export: the job is complete at once
        return Map.of(
                "transactionTime", DateTimeFormatter.ISO_INSTANT.format(job.requestedAt()),
                "request", uri.getBaseUri().resolve("api/v1/fhir/$export").toString(),
                "requiresAccessToken", true,
                "output", job.types().stream().map(type -> Map.of("type", type,
                        "url", uri.getBaseUri().resolve("api/v1/fhir/$export-files/" + job.id() + "/" + type + ".ndjson")
                                .toString())).toList(),
                "error", List.of());
    }

    @GET
    @Path("/{files: (?:\\$|%24)export-files}/{jobId}/{file}")
    @Produces(FhirExport.FHIR_NDJSON)
    @RolesAllowed({Roles.ANALYST})
    public Response bulkExportFile(@PathParam("jobId") String jobId, @PathParam("file") String file) {
        FhirExport.Job job = fhir.job(caller.gym(), jobId);
        String type = file.endsWith(".ndjson") ? file.substring(0, file.length() - ".ndjson".length()) : file;
        if (!job.types().contains(type)) {
            throw ProblemException.notFound("File '" + file + "' of this export");
        }
        return Response.ok(fhir.file(job, type), FhirExport.FHIR_NDJSON).build();
    }

    private static String status(UriInfo uri, FhirExport.Job job) {
        return uri.getBaseUri().resolve("api/v1/fhir/$export-status/" + job.id()).toString();
    }
}
