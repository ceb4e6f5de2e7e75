package org.csp.assessment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.domain.ImportMode;
import org.csp.assessment.domain.ReportingPeriod;
import org.csp.assessment.domain.StatisticsImport;
import org.csp.assessment.repository.StatisticsStore;
import org.csp.assessment.repository.StatisticsStore.MonthlyFigure;
import org.csp.assessment.rest.StatisticsDtos.ImportReport;
import org.csp.assessment.rest.StatisticsDtos.ImportReportPage;
import org.csp.assessment.rest.StatisticsDtos.ImportRequest;
import org.csp.assessment.rest.StatisticsDtos.MonthlyCountPage;
import org.csp.assessment.rest.StatisticsDtos.MonthlyCountView;
import org.csp.assessment.service.StatisticsImportService;
import org.csp.assessment.service.StreetLevelImportService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.ApiException;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Actor;
import org.csp.platform.security.CurrentActor;
import org.csp.platform.security.Roles;
import org.csp.platform.validation.AreaCodes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Monthly counts per area, category and source, and their bulk imports")
public class StatisticsResource {

    static final String CSV = "text/csv";
    static final String MODE_DESCRIPTION = "ALL_OR_NOTHING (default): a malformed row refuses the whole file with 422 and nothing is applied; "
            + "KEEP_VALID: valid rows are applied and the malformed ones listed in the report";

    @Inject
    StatisticsImportService jsonImports;
    @Inject
    StreetLevelImportService csvImports;
    @Inject
    StatisticsStore store;
    @Inject
    CurrentActor currentActor;
    @Inject
    ObjectMapper json;

    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.class),
            examples = @ExampleObject(name = "counts", value = OpenApiExamples.IMPORT_REQUEST)))
    @Operation(operationId = "importStatistics", summary = "Import monthly counts (JSON)",
            description = "Roles: partnership-officer, administrator, partner-agency (as its own agency, into its own sources). "
                    + "Each figure is set, not added: importing the same rows again changes nothing (rowsUnchanged). "
                    + "A row with unavailable=true is stored as unavailable, not zero. Malformed rows are reported by index.")
    @APIResponse(responseCode = "201", description = "Imported; the report lists rejected rows", content = @Content(
            schema = @Schema(implementation = ImportReport.class), examples = @ExampleObject(name = "report", value = OpenApiExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING and some rows are malformed: nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "refused", value = OpenApiExamples.IMPORT_REFUSED)))
    @APIResponse(responseCode = "403", description = "The role may not import, or a partner agency names another agency or a source "
            + "another agency (or the partnership) owns", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "role", value = OpenApiExamples.NO_ROLE),
                    @ExampleObject(name = "another agency", value = OpenApiExamples.FOREIGN_AGENCY),
                    @ExampleObject(name = "another agency's source", value = OpenApiExamples.FOREIGN_SOURCE)}))
    @APIResponse(responseCode = "409", description = "The source was created by an import into it at the same moment: retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "source created at once", value = OpenApiExamples.SOURCE_CREATED_AT_ONCE)))
    @APIResponse(responseCode = "404", description = "The area does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown area", value = OpenApiExamples.UNKNOWN_AREA)))
    public Response importJson(@QueryParam("mode") @Size(max = 20) @Parameter(description = MODE_DESCRIPTION, schema = @Schema(enumeration = {"ALL_OR_NOTHING", "KEEP_VALID"}, defaultValue = "ALL_OR_NOTHING")) String mode,
            @Valid @NotNull ImportRequest request) {
        StatisticsImport record = jsonImports.importJson(request, ImportMode.parse(mode));
        return Response.created(URI.create("/api/v1/statistics/imports/" + record.id)).entity(ImportReport.of(record, json)).build();
    }

    @POST
    @Path("/imports/street-level")
    @Consumes(MediaType.WILDCARD) // the media type is checked in the method, so a caller without a role gets 401/403 first
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @Operation(operationId = "importStreetLevelCsv", summary = "Import a data.police.uk street-level CSV",
            description = "Roles: partnership-officer, administrator, partner-agency (as its own agency, into its own sources). "
                    + "Columns: Crime ID, Month, Reported by, Falls within, Longitude, Latitude, Location, LSOA code, LSOA name, "
                    + "Crime type, Last outcome category, Context. The body is streamed into the database (COPY) in one transaction; an incident "
                    + "already imported (same Crime ID, or for anti-social behaviour the same row) is not counted again. "
                    + "Malformed rows are reported by line number (the header is line 1). The body is UTF-8 unless the Content-Type "
                    + "names its charset (text/csv; charset=windows-1252, as Excel writes); bytes not valid in it are a 400 naming "
                    + "the line, and nothing is imported.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "two rows", value = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
                    + "a1b2c3,2019-01,Kent Police,Kent Police,0.521,51.276,On or near Lower Boxley Road,E01024394,Maidstone 009A,Violence and sexual offences,Under investigation,\n"
                    + ",2019-01,Kent Police,Kent Police,0.522,51.277,On or near Week Street,E01024395,Maidstone 009B,Anti-social behaviour,,\n")))
    @APIResponse(responseCode = "201", description = "Imported; the report lists rejected rows", content = @Content(
            schema = @Schema(implementation = ImportReport.class), examples = @ExampleObject(name = "report", value = OpenApiExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING and some rows are malformed: nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "refused", value = OpenApiExamples.IMPORT_REFUSED)))
    @APIResponse(responseCode = "403", description = "The role may not import, or a partner agency names another agency or a source "
            + "another agency (or the partnership) owns", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "role", value = OpenApiExamples.NO_ROLE),
                    @ExampleObject(name = "another agency", value = OpenApiExamples.FOREIGN_AGENCY),
                    @ExampleObject(name = "another agency's source", value = OpenApiExamples.FOREIGN_SOURCE)}))
    @APIResponse(responseCode = "409", description = "The source was created by an import into it at the same moment: retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "source created at once", value = OpenApiExamples.SOURCE_CREATED_AT_ONCE)))
    @APIResponse(responseCode = "404", description = "The area does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown area", value = OpenApiExamples.UNKNOWN_AREA)))
    @APIResponse(responseCode = "415", description = "The body is not text/csv, or the charset it names is not supported", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not csv", value = OpenApiExamples.NOT_CSV)))
    public Response importCsv(
            @QueryParam("areaCode") @NotBlank @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Parameter(description = "The area the incidents are counted in", example = "maidstone") String areaCode,
            @QueryParam("sourceCode") @DefaultValue("data-police-uk-street") @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Parameter(description = "The named source", example = "data-police-uk-street") String sourceCode,
            @QueryParam("vintage") @NotBlank @Size(max = 60) @Parameter(description = "Which release", example = "2019-02 release") String vintage,
            @QueryParam("agency") @Size(max = 100) @Parameter(description = "The importing agency (a partner agency may give only its own)") String agency,
            @QueryParam("mode") @Size(max = 20) @Parameter(description = MODE_DESCRIPTION, schema = @Schema(enumeration = {"ALL_OR_NOTHING", "KEEP_VALID"}, defaultValue = "ALL_OR_NOTHING")) String mode,
            @jakarta.ws.rs.HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            InputStream body) {
        if (contentType == null || !(contentType.toLowerCase(java.util.Locale.ROOT).startsWith(CSV)
                || contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.TEXT_PLAIN))) {
            throw new ApiException(415, "http-415", "Unsupported Media Type", "send the body as text/csv");
        }
        StatisticsImport record = csvImports.importCsv(body, charsetOf(contentType), areaCode, sourceCode, vintage, agency, ImportMode.parse(mode));
        return Response.created(URI.create("/api/v1/statistics/imports/" + record.id)).entity(ImportReport.of(record, json)).build();
    }

    /** The charset the Content-Type names ({@code text/csv; charset=windows-1252}), else UTF-8; one Java lacks is a 415. */
    static Charset charsetOf(String contentType) {
        String name;
        try {
            name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException e) { // a Content-Type that does not parse
            throw new ApiException(415, "http-415", "Unsupported Media Type", "send the body as text/csv");
        }
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) { // an illegal or unsupported charset name
            String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            throw new ApiException(415, "http-415", "Unsupported Media Type", "the charset '" + shown
                    + "' is not supported; send UTF-8, or name the file's charset, such as windows-1252 or ISO-8859-1");
        }
    }

    @GET
    @Path("/imports")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @Operation(operationId = "listImports", summary = "List imports, newest first",
            description = "Roles: partnership-officer, administrator, partner-agency (sees only its own agency's imports).")
    @APIResponse(responseCode = "200", description = "A page of import reports", content = @Content(
            schema = @Schema(implementation = ImportReportPage.class), examples = @ExampleObject(name = "imports", value = OpenApiExamples.IMPORT_PAGE)))
    public Page<ImportReport> listImports(
            @QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Parameter(description = "Only imports for this area") String areaCode,
            @QueryParam("sourceCode") @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Parameter(description = "Only imports into this source") String sourceCode,
            @Valid @BeanParam PageRequest page) {
        Actor actor = currentActor.get();
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!actor.actsForWholePartnership()) {
            query.append(" and agency = :agency");
            params.and("agency", String.valueOf(actor.agency()));
        }
        if (areaCode != null) {
            query.append(" and areaCode = :area");
            params.and("area", areaCode);
        }
        if (sourceCode != null) {
            query.append(" and sourceCode = :source");
            params.and("source", sourceCode);
        }
        query.append(" order by submittedAt desc, id");
        return Page.of(StatisticsImport.<StatisticsImport>find(query.toString(), params), page, i -> ImportReport.of(i, json));
    }

    @GET
    @Path("/imports/{importId}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY})
    @Operation(operationId = "getImport", summary = "Read an import report",
            description = "Roles: partnership-officer, administrator, partner-agency (its own agency's imports only; another's is 404).")
    @APIResponse(responseCode = "200", description = "The import report", content = @Content(
            schema = @Schema(implementation = ImportReport.class), examples = @ExampleObject(name = "report", value = OpenApiExamples.IMPORT_REPORT)))
    public ImportReport getImport(@PathParam("importId") UUID importId) {
        StatisticsImport record = StatisticsImport.findById(importId);
        if (record == null || !currentActor.get().mayActFor(record.agency)) {
            throw ApiException.notFound("import", importId);
        }
        return ImportReport.of(record, json);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listCounts", summary = "List stored monthly figures",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office. Ordered by area, source, month, category.")
    @APIResponse(responseCode = "200", description = "A page of monthly figures", content = @Content(
            schema = @Schema(implementation = MonthlyCountPage.class), examples = @ExampleObject(name = "counts", value = OpenApiExamples.COUNT_PAGE)))
    @APIResponse(responseCode = "404", description = "The category is not in the taxonomy", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown category", value = OpenApiExamples.UNKNOWN_CATEGORY)))
    public Page<MonthlyCountView> listCounts(
            @QueryParam("areaCode") @Size(max = 50) @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) @Parameter(example = "maidstone") String areaCode,
            @QueryParam("sourceCode") @Size(max = 60) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Parameter(example = "kent-police") String sourceCode,
            @QueryParam("categoryCode") @Size(max = 60) @Parameter(example = "sexual-offences") String categoryCode,
            @QueryParam("period") @Size(max = 20) @Parameter(description = "Only months of this period: " + ReportingPeriod.FORMAT, example = "FY2018-19") String period,
            @Valid @BeanParam PageRequest page) {
        if (categoryCode != null) {
            CrimeCategory.require(categoryCode);
        }
        YearMonth from = YearMonth.of(1900, 1);
        YearMonth to = YearMonth.of(2999, 12);
        if (period != null) {
            ReportingPeriod p = ReportingPeriod.parse(period, "period");
            from = p.start();
            to = p.end();
        }
        Map.Entry<Long, List<MonthlyFigure>> result = store.page(areaCode, sourceCode, categoryCode, from, to, page.page, page.size);
        long total = result.getKey();
        return new Page<>(result.getValue().stream().map(MonthlyCountView::of).toList(), page.page, page.size, total,
                (int) ((total + page.size - 1) / page.size));
    }
}
