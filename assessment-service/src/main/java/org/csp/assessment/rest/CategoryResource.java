package org.csp.assessment.rest;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.csp.assessment.domain.CrimeCategory;
import org.csp.assessment.rest.CategoryDtos.CategoryPage;
import org.csp.assessment.rest.CategoryDtos.CategoryView;
import org.csp.assessment.rest.CategoryDtos.CreateCategory;
import org.csp.assessment.rest.CategoryDtos.Scheme;
import org.csp.assessment.service.TaxonomyService;
import org.csp.platform.paging.Page;
import org.csp.platform.paging.PageRequest;
import org.csp.platform.problem.Problem;
import org.csp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy", description = "Crime categories: data.police.uk slugs, Home Office offence groups, and the partnership's own")
public class CategoryResource {

    @Inject
    TaxonomyService taxonomy;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "listCategories", summary = "List the taxonomy by code",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "A page of categories", content = @Content(
            schema = @Schema(implementation = CategoryPage.class), examples = @ExampleObject(name = "categories", value = OpenApiExamples.CATEGORY_PAGE)))
    public Page<CategoryView> list(
            @QueryParam("scheme") @Parameter(description = "Only categories of this list") Scheme scheme,
            @QueryParam("domesticAbuseRelated") @Parameter(description = "Only categories with (or without) this flag") Boolean domesticAbuse,
            @QueryParam("mapsTo") @Parameter(description = "Only categories that fall within this data.police.uk category", example = "violent-crime")
            @jakarta.validation.constraints.Size(max = 60)
            @jakarta.validation.constraints.Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String mapsTo,
            @Valid @BeanParam PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scheme != null) {
            query.append(switch (scheme) {
                case POLICE_UK -> " and policeUkSlug = true";
                case HOME_OFFICE -> " and policeUkSlug = false and homeOfficeGroup = true";
                case LOCAL -> " and policeUkSlug = false and homeOfficeGroup = false";
            });
        }
        if (domesticAbuse != null) {
            query.append(" and domesticAbuseRelated = :da");
            params.and("da", domesticAbuse);
        }
        if (mapsTo != null) {
            query.append(" and :mapsTo member of mapsTo");
            params.and("mapsTo", mapsTo);
        }
        query.append(" order by code");
        return Page.of(CrimeCategory.<CrimeCategory>find(query.toString(), params), page, CategoryView::of);
    }

    @GET
    @Path("/{categoryCode}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.AGENCY, Roles.COUNCILLOR, Roles.PCC})
    @Operation(operationId = "getCategory", summary = "Read a category",
            description = "Roles: partnership-officer, administrator, partner-agency, councillor, pcc-office.")
    @APIResponse(responseCode = "200", description = "The category", content = @Content(
            schema = @Schema(implementation = CategoryView.class), examples = @ExampleObject(name = "sexual offences", value = OpenApiExamples.CATEGORY)))
    public CategoryView get(@PathParam("categoryCode") String categoryCode) {
        return CategoryView.of(CrimeCategory.require(categoryCode));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateCategory.class),
            examples = @ExampleObject(name = "needle-finds", value = OpenApiExamples.CREATE_CATEGORY)))
    @Operation(operationId = "createCategory", summary = "Add a category to the taxonomy",
            description = "Roles: partnership-officer, administrator. The new category is LOCAL (neither a data.police.uk slug nor a Home Office group).")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = CategoryView.class),
            examples = @ExampleObject(name = "category", value = OpenApiExamples.CATEGORY)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "exists", value = OpenApiExamples.CATEGORY_EXISTS)))
    public Response create(@Valid @NotNull CreateCategory request) {
        CrimeCategory category = taxonomy.create(request);
        return Response.created(URI.create("/api/v1/categories/" + category.code)).entity(CategoryView.of(category)).build();
    }
}
