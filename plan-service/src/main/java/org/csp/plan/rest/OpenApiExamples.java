package org.csp.plan.rest;

/** Example JSON of the plan API, used by the OpenAPI annotations. */
public final class OpenApiExamples {
    private OpenApiExamples() {
    }

    public static final String GROUP = """
            {"id":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10","code":"daf","name":"Domestic Abuse Forum","kind":"SUB_GROUP",
             "parentId":"0c5a4a34-6f1e-4d39-8a8c-3c4b2a1d0e9f","description":"CSP sub-group","chair":null,"meets":"Quarterly",
             "memberAgencies":["kent-police","maidstone-borough-council"],
             "leads":[{"themeId":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","planId":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","title":"Reducing the harm caused by domestic abuse (including stalking)"}],
             "supports":[],"version":0}""";

    public static final String DUTY = """
            {"id":"2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f","groupId":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10","financialYear":"2019-20",
             "kind":"EQUALITIES_ANALYSIS","status":"NOT_STARTED","dueDate":"2019-06-30","notes":null,
             "updatedAt":"2019-04-02T09:00:00Z","version":0}""";

    public static final String PLAN = """
            {"id":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","areaCode":"maidstone","title":"Community Safety Plan 2019-22",
             "periodStart":"2019-04-01","periodEnd":"2022-03-31","status":"ADOPTED","replacesPlanId":"0f8fad5b-d9cb-469f-a165-70867728950e",
             "supersededByPlanId":null,"foreword":"Our 2019-22 plan builds on extensive experience of working together.",
             "crossCuttingThemes":[{"title":"Prevent duty","description":null},{"title":"Reducing reoffending","description":null},
             {"title":"Anti-social behaviour","description":null}],"recommendedDecisionId":"6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f",
             "recommendedOn":"2019-03-19","adoptedDecisionId":"7d6e5f4a-3b2c-4d1e-8f9a-6b5c4d3e2f1a","adoptedOn":"2019-04-10",
             "supersededOn":null,"refreshRequired":false,"refreshReasons":[],"version":3}""";

    public static final String PLAN_REFRESH = """
            {"id":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","areaCode":"maidstone","title":"Community Safety Plan 2019-22",
             "periodStart":"2019-04-01","periodEnd":"2022-03-31","status":"ADOPTED","replacesPlanId":"0f8fad5b-d9cb-469f-a165-70867728950e",
             "supersededByPlanId":null,"foreword":"Our 2019-22 plan builds on extensive experience of working together.",
             "crossCuttingThemes":[{"title":"Prevent duty","description":null}],"recommendedDecisionId":"6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f",
             "recommendedOn":"2019-03-19","adoptedDecisionId":"7d6e5f4a-3b2c-4d1e-8f9a-6b5c4d3e2f1a","adoptedOn":"2019-04-10",
             "supersededOn":null,"refreshRequired":true,
             "refreshReasons":["Strategic Assessment 2020-21 recommends the priority 'Knife crime' which the adopted plan lacks"],"version":4}""";

    public static final String THEME = """
            {"id":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","planId":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","position":2,
             "title":"Reducing the harm caused by domestic abuse (including stalking)",
             "whyImportant":"Domestic abuse continues to be under-reported.",
             "objective":"All communities can live their lives without the fear or harm caused by domestic abuse.",
             "focus":"Support victims through MARAC, the Sanctuary scheme and IDVAs; raise awareness so people report abuse.",
             "leadGroupId":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10","supportingGroupIds":[],"pccPriorities":["Tackle violence against women and girls"],
             "evidence":[{"recommendationId":"3f6e1c1e-8a9b-4c2d-9e0f-1a2b3c4d5e6f","assessmentId":"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b","title":"Domestic abuse"}],
             "version":0}""";

    public static final String PROPOSAL = """
            {"id":"4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b","assessmentId":"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b",
             "assessmentTitle":"Strategic Assessment 2019-20","areaCode":"maidstone","recommendationId":"3f6e1c1e-8a9b-4c2d-9e0f-1a2b3c4d5e6f",
             "financialYear":"2019-20","position":2,"title":"Domestic abuse","rationale":"15% of all crime is domestic-abuse related",
             "evidenceSummary":"Sexual offences +48.2%","planId":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","status":"ACCEPTED",
             "themeId":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","decidedBy":"officer@maidstone.gov.uk","decidedAt":"2019-01-25T10:00:00Z",
             "decisionNote":null,"receivedAt":"2019-01-20T10:00:05Z","version":1}""";

    public static final String ACTION_PLAN = """
            {"id":"aa1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","planId":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
             "themeId":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","financialYear":"2019-20",
             "outcome":"Victims of domestic abuse are confident to come forward and get support","version":0}""";

    public static final String INDICATOR = """
            {"id":"bb1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","actionPlanId":"aa1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "name":"Visits to the domestic abuse One Stop Shop","unit":"visits","polarity":"HIGHER_IS_BETTER","baseline":420,"target":500,
             "periods":["2019-Q1","2019-Q2","2019-Q3","2019-Q4"],
             "values":[{"period":"2019-Q1","value":110,"note":null,"recordedBy":"officer@maidstone.gov.uk","recordedAt":"2019-07-10T09:00:00Z"},
                       {"period":"2019-Q2","value":131,"note":null,"recordedBy":"officer@maidstone.gov.uk","recordedAt":"2019-10-10T09:00:00Z"}],
             "latestPeriod":"2019-Q2","latestValue":131,"rag":"RED","directionOfTravel":"IMPROVING","version":2}""";

    public static final String ACTION = """
            {"id":"cc1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","actionPlanId":"aa1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "planId":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","themeId":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "title":"Raise awareness of Clare's Law and stalking through training for hairdressers and barbers",
             "description":null,"leadGroupId":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10","leadAgency":"kent-police",
             "owner":"Domestic Abuse Forum chair","startDate":"2019-04-01","dueDate":"2019-12-31","status":"IN_PROGRESS",
             "overdue":false,"atRisk":false,"indicatorIds":[],"funding":[{"bidId":"dd1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "awardId":"ee1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","financialYear":"2019-20","bidTitle":"Hair and beauty awareness campaign",
             "applicant":"Domestic Abuse Forum","allocatedPence":250000,"updatedAt":"2019-05-01T09:00:00Z"}],"fundedPence":250000,
             "updatedAt":"2019-05-01T09:00:00Z","version":1}""";

    public static final String PROGRESS = """
            {"id":"ff1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","actionId":"cc1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "note":"Two sessions delivered at Mid Kent College","fromStatus":"NOT_STARTED","toStatus":"IN_PROGRESS",
             "author":"system@kent-police.test","agency":"kent-police","recordedAt":"2019-06-01T09:00:00Z"}""";

    public static final String GROUP_PAGE = "{\"items\":[" + GROUP + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String DUTY_PAGE = "{\"items\":[" + DUTY + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String PLAN_PAGE = "{\"items\":[" + PLAN + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String THEME_PAGE = "{\"items\":[" + THEME + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String PROPOSAL_PAGE = "{\"items\":[" + PROPOSAL + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String ACTION_PLAN_PAGE = "{\"items\":[" + ACTION_PLAN + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String INDICATOR_PAGE = "{\"items\":[" + INDICATOR + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String ACTION_PAGE = "{\"items\":[" + ACTION + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String PROGRESS_PAGE = "{\"items\":[" + PROGRESS + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";


    public static final String DOCUMENT = """
            <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Community Safety Plan 2019-22</title></head>
            <body><section id="foreword"><h2>Foreword</h2>…</section><section id="priorities"><h2>Priorities</h2><ol><li>…</li></ol></section>
            <section class="theme"><h2>…</h2><h3>Why is this important?</h3>…</section><section id="structure">…</section></body></html>""";

    // ---- request bodies ----

    public static final String CREATE_PLAN_REQUEST = """
            {"areaCode":"maidstone","title":"Community Safety Plan 2019-22","periodStart":"2019-04-01","periodEnd":"2022-03-31",
            "replacesPlanId":"0f8fad5b-d9cb-469f-a165-70867728950e","foreword":"Our 2019-22 plan builds on extensive experience of working together.",
            "crossCuttingThemes":[{"title":"Prevent duty","description":"The Government-driven duty to prevent people being drawn into terrorism"}]}""";

    public static final String UPDATE_PLAN_REQUEST = """
            {"title":"Community Safety Plan 2019-22","periodStart":"2019-04-01","periodEnd":"2022-03-31",
            "replacesPlanId":"0f8fad5b-d9cb-469f-a165-70867728950e","foreword":"Our 2019-22 plan builds on extensive experience of working together.",
            "crossCuttingThemes":[{"title":"Prevent duty","description":"The Government-driven duty to prevent people being drawn into terrorism"},
            {"title":"Reducing reoffending"},{"title":"Anti-social behaviour"}],"status":"DRAFT"}""";

    public static final String OPEN_REFRESH_REQUEST = """
            {"reason":"The 2020-21 Strategic Assessment brings a new emerging priority"}""";

    public static final String THEME_REQUEST = """
            {"title":"Reducing the harm caused by domestic abuse (including stalking)",
            "whyImportant":"Domestic abuse continues to be under-reported.",
            "objective":"All communities can live their lives without the fear or harm caused by domestic abuse.",
            "focus":"Support victims through MARAC, the Sanctuary scheme and IDVAs; raise awareness so people report abuse.",
            "leadGroupId":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10","supportingGroupIds":[],"pccPriorities":["Tackle violence against women and girls"],
            "evidence":[{"recommendationId":"3f6e1c1e-8a9b-4c2d-9e0f-1a2b3c4d5e6f","assessmentId":"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b","title":"Domestic abuse"}],
            "position":2}""";

    public static final String ACCEPT_PROPOSAL_REQUEST = """
            {"planId":"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","leadGroupId":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10",
            "title":"Reducing the harm caused by domestic abuse (including stalking)",
            "objective":"All communities can live their lives without the fear or harm caused by domestic abuse.",
            "focus":"Support victims through MARAC, the Sanctuary scheme and IDVAs."}""";

    public static final String MERGE_PROPOSAL_REQUEST = """
            {"themeId":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","note":"Same priority as the existing domestic abuse theme"}""";

    public static final String REJECT_PROPOSAL_REQUEST = """
            {"reason":"Covered by the cross-cutting ASB duty"}""";

    public static final String CREATE_ACTION_PLAN_REQUEST = """
            {"financialYear":"2019-20","outcome":"Victims of domestic abuse are confident to come forward and get support"}""";

    public static final String UPDATE_ACTION_PLAN_REQUEST = """
            {"outcome":"Victims of domestic abuse are confident to come forward and get support"}""";

    public static final String CREATE_INDICATOR_REQUEST = """
            {"name":"Visits to the domestic abuse One Stop Shop","unit":"visits","polarity":"HIGHER_IS_BETTER","baseline":420,"target":500,
            "periods":["2019-Q1","2019-Q2","2019-Q3","2019-Q4"]}""";

    public static final String RECORD_VALUE_REQUEST = """
            {"value":131,"note":"Includes the first pop-up session in a rural area"}""";

    public static final String ACTION_REQUEST = """
            {"title":"Raise awareness of Clare's Law and stalking through training for hairdressers and barbers",
            "description":"Training sessions so hairdressers and barbers can spot the signs of abuse and signpost support",
            "leadGroupId":"5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10","leadAgency":"kent-police","owner":"Domestic Abuse Forum chair",
            "startDate":"2019-04-01","dueDate":"2019-12-31","status":"IN_PROGRESS","indicatorIds":[]}""";

    public static final String PROGRESS_REQUEST = """
            {"note":"Two sessions delivered at Mid Kent College","status":"IN_PROGRESS"}""";

    public static final String GROUP_REQUEST = """
            {"code":"daf","name":"Domestic Abuse Forum","kind":"SUB_GROUP","parentId":"0c5a4a34-6f1e-4d39-8a8c-3c4b2a1d0e9f",
            "description":"CSP sub-group","chair":"Kent Police","meets":"Quarterly","memberAgencies":["kent-police","maidstone-borough-council"]}""";

    public static final String CREATE_DUTY_REQUEST = """
            {"financialYear":"2019-20","kind":"EQUALITIES_ANALYSIS","dueDate":"2019-06-30",
            "notes":"Equalities Act 2010 screening of the annual action plan"}""";

    public static final String UPDATE_DUTY_REQUEST = """
            {"status":"DONE","dueDate":"2019-06-30","notes":"Screening completed and filed"}""";

    // The refusals (409, 422 and the agency 403) as the service answers them, one named example per problem type.

    public static final String CONCURRENT_MODIFICATION = """
            {"type":"https://csp.example.org/problems/concurrent-modification","title":"Changed by someone else","status":409,
             "detail":"the resource was changed by another request at the same time; re-read it and retry",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a"}""";

    public static final String PLAN_SUPERSEDED_HISTORY = """
            {"type":"https://csp.example.org/problems/plan-superseded","title":"Conflict with the current state","status":409,
             "detail":"plan 0f8fad5b-d9cb-469f-a165-70867728950e is SUPERSEDED; its action plans are history",
             "instance":"/api/v1/action-plans/aa1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d/actions"}""";

    public static final String PLAN_SUPERSEDED = """
            {"type":"https://csp.example.org/problems/plan-superseded","title":"Conflict with the current state","status":409,
             "detail":"plan 0f8fad5b-d9cb-469f-a165-70867728950e is SUPERSEDED; change the plan that replaced it",
             "instance":"/api/v1/plans/0f8fad5b-d9cb-469f-a165-70867728950e/themes","planStatus":"SUPERSEDED"}""";

    public static final String ADOPTED_PLAN_NEEDS_REFRESH = """
            {"type":"https://csp.example.org/problems/adopted-plan-needs-refresh","title":"Conflict with the current state","status":409,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a is ADOPTED; its priorities can change only during a refresh (open one with POST /api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a/refresh)",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a/themes","planStatus":"ADOPTED"}""";

    public static final String PLAN_AWAITING_ADOPTION = """
            {"type":"https://csp.example.org/problems/plan-awaiting-adoption","title":"Conflict with the current state","status":409,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a was RECOMMENDED by committee for adoption; its priorities cannot change before Council decides (only a theme's lead and supporting groups may)",
             "instance":"/api/v1/themes/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","planStatus":"RECOMMENDED"}""";

    public static final String STATUS_CHANGE_NEEDS_DECISION = """
            {"type":"https://csp.example.org/problems/status-change-needs-decision","title":"Conflict with the current state","status":409,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a is DRAFT and cannot be set to ADOPTED through the API: a plan becomes RECOMMENDED when the committee's RECOMMEND decision takes effect and ADOPTED when full Council's ADOPT decision takes effect (governance-service), and SUPERSEDED when the plan replacing it is adopted",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","field":"status","currentStatus":"DRAFT"}""";

    public static final String THEME_HAS_ACTION_PLANS = """
            {"type":"https://csp.example.org/problems/theme-has-action-plans","title":"Conflict with the current state","status":409,
             "detail":"theme 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d has action plans; remove them first","instance":"/api/v1/themes/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"}""";

    public static final String ACTION_PLAN_EXISTS = """
            {"type":"https://csp.example.org/problems/action-plan-exists","title":"Conflict with the current state","status":409,
             "detail":"theme 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d already has an action plan for 2019-20","instance":"/api/v1/themes/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d/action-plans"}""";

    public static final String PROPOSAL_ALREADY_DECIDED = """
            {"type":"https://csp.example.org/problems/proposal-already-decided","title":"Conflict with the current state","status":409,
             "detail":"proposal 4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b was already ACCEPTED",
             "instance":"/api/v1/proposals/4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b/reject"}""";

    public static final String PLAN_NOT_ADOPTED = """
            {"type":"https://csp.example.org/problems/plan-not-adopted","title":"Conflict with the current state","status":409,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a is DRAFT; only an ADOPTED plan is refreshed (a DRAFT can be edited directly)",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a/refresh"}""";

    public static final String NO_REFRESH_OPEN = """
            {"type":"https://csp.example.org/problems/no-refresh-open","title":"Conflict with the current state","status":409,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a is ADOPTED with no refresh open","instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a/refresh"}""";

    public static final String GROUP_CODE_TAKEN = """
            {"type":"https://csp.example.org/problems/group-code-taken","title":"Conflict with the current state","status":409,
             "detail":"a group with code 'daf' already exists","instance":"/api/v1/groups","field":"code"}""";

    public static final String DUTY_EXISTS = """
            {"type":"https://csp.example.org/problems/duty-exists","title":"Conflict with the current state","status":409,
             "detail":"group daf already tracks EQUALITIES_ANALYSIS for 2019-20",
             "instance":"/api/v1/groups/5b0c3a8e-3f7e-4a65-9d7a-0d3a1f3f6b10/duties"}""";

    public static final String DUTIES_ARE_FOR_SUB_GROUPS = """
            {"type":"https://csp.example.org/problems/duties-are-for-sub-groups","title":"Business rule violated","status":422,
             "detail":"group smp-exec is a EXECUTIVE; yearly duties are tracked for sub-groups and working groups",
             "instance":"/api/v1/groups/0c5a4a34-6f1e-4d39-8a8c-3c4b2a1d0e9f/duties"}""";

    public static final String YEAR_OUTSIDE_PLAN_PERIOD = """
            {"type":"https://csp.example.org/problems/year-outside-plan-period","title":"Business rule violated","status":422,
             "detail":"financial year 2022-23 is outside the plan's period 2019-04-01 to 2022-03-31",
             "instance":"/api/v1/themes/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d/action-plans","field":"financialYear"}""";

    public static final String ACTION_PLANS_OUTSIDE_PERIOD = """
            {"type":"https://csp.example.org/problems/action-plans-outside-period","title":"Business rule violated","status":422,
             "detail":"the plan has action plans for [2021-22], outside 2019-04-01 to 2021-03-31",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a","field":"periodStart"}""";

    public static final String REPLACED_PLAN_NOT_EARLIER = """
            {"type":"https://csp.example.org/problems/replaced-plan-not-earlier","title":"Business rule violated","status":422,
             "detail":"plan 0f8fad5b-d9cb-469f-a165-70867728950e (tonbridge, from 2013-04-01) is not an earlier plan of area maidstone",
             "instance":"/api/v1/plans","field":"replacesPlanId"}""";

    public static final String OVERLAPS_ADOPTED_PLAN = """
            {"type":"https://csp.example.org/problems/overlaps-adopted-plan","title":"Business rule violated","status":422,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a (2019-04-01 to 2022-03-31) overlaps the ADOPTED plan(s) [0f8fad5b-d9cb-469f-a165-70867728950e] of area maidstone; an area has one adopted plan at a time: name the plan it replaces in replacesPlanId or change its period",
             "instance":"/api/v1/plans","field":"periodStart","adoptedPlanIds":["0f8fad5b-d9cb-469f-a165-70867728950e"]}""";

    public static final String THEME_WITHOUT_LEAD_GROUP = """
            {"type":"https://csp.example.org/problems/theme-without-lead-group","title":"Business rule violated","status":422,
             "detail":"plan 1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a is ADOPTED; each of its priority themes needs a lead group",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a/themes","field":"leadGroupId"}""";

    public static final String THEMES_WITHOUT_LEAD_GROUP = """
            {"type":"https://csp.example.org/problems/theme-without-lead-group","title":"Business rule violated","status":422,
             "detail":"priority theme(s) [Knife crime] have no lead group; an adopted plan's themes each need one",
             "instance":"/api/v1/plans/1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a/refresh","themesWithoutLead":["Knife crime"]}""";

    public static final String PROPOSAL_FROM_ANOTHER_AREA = """
            {"type":"https://csp.example.org/problems/proposal-from-another-area","title":"Business rule violated","status":422,
             "detail":"proposal 4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b was recommended for area maidstone, but plan 0f8fad5b-d9cb-469f-a165-70867728950e is the plan of area tonbridge",
             "instance":"/api/v1/proposals/4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b/accept","field":"planId",
             "proposalAreaCode":"maidstone","planAreaCode":"tonbridge"}""";

    public static final String UNKNOWN_INDICATOR_PERIOD = """
            {"type":"https://csp.example.org/problems/unknown-indicator-period","title":"Business rule violated","status":422,
             "detail":"indicator bb1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d is not reported for period '2019-Q5'; its periods are [2019-Q1, 2019-Q2, 2019-Q3, 2019-Q4]",
             "instance":"/api/v1/indicators/bb1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d/values/2019-Q5","field":"period",
             "knownPeriods":["2019-Q1","2019-Q2","2019-Q3","2019-Q4"]}""";

    public static final String NOT_YOUR_AGENCY = """
            {"type":"https://csp.example.org/problems/not-your-agency","title":"Not allowed","status":403,
             "detail":"action cc1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d is led by another agency; a partner agency updates only its own actions",
             "instance":"/api/v1/actions/cc1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"}""";

    public static final String FORBIDDEN = """
            {"type":"https://csp.example.org/problems/forbidden","title":"Not allowed","status":403,
             "detail":"your role does not allow this operation","instance":"/api/v1/actions/cc1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"}""";

    /** The ETag response header of a single resource: its version, to send back in If-Match to change it. */
    public static final String ETAG_HEADER = "The resource's version (\"3\"); send it back in If-Match to change the resource";
}
