package org.csp.assessment.rest;

/** Example JSON bodies for the OpenAPI document, kept in one place. */
public final class OpenApiExamples {
    private OpenApiExamples() {
    }

    public static final String AREA = """
            {"code":"maidstone","name":"Maidstone Borough","populations":[{"year":2017,"population":169955},{"year":2018,"population":171826}],"version":0}""";

    public static final String AREA_PAGE = """
            {"items":[""" + AREA + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String CATEGORY = """
            {"code":"sexual-offences","name":"Sexual offences (all)","description":null,"scheme":"HOME_OFFICE","policeUkSlug":false,
             "homeOfficeGroup":true,"parentCode":null,"domesticAbuseRelated":false,"countsTowardsTotal":false,"streetLevelName":null,
             "mapsTo":["violent-crime"],"addedBy":null}""";

    public static final String CATEGORY_PAGE = """
            {"items":[""" + CATEGORY + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String IMPORT_REPORT = """
            {"id":"3f1c1a52-8d5e-4a8e-9b1e-0c4c1d7e2a10","format":"JSON","mode":"KEEP_VALID","areaCode":"maidstone",
             "sourceCode":"kent-police","vintage":"2019-01 extract","agency":"kent-police","submittedBy":"analyst@kent-police.test",
             "submittedAt":"2019-01-20T10:00:00Z","rowsRead":3,"rowsApplied":2,"rowsUnchanged":0,"rowsRejected":1,
             "rejections":[{"line":2,"field":"month","reason":"'2018-13' is not a month like 2019-03"}]}""";

    public static final String IMPORT_PAGE = """
            {"items":[""" + IMPORT_REPORT + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String IMPORT_REFUSED = """
            {"type":"https://csp.example.org/problems/import-rejected","title":"Business rule violated","status":422,
             "detail":"1 of 3 rows are malformed, so nothing was imported (first: row 2, month: '2018-13' is not a month like 2019-03); fix them or import with mode=KEEP_VALID",
             "instance":"/api/v1/statistics/imports","rowsRead":3,"rowsRejected":1,
             "rejections":[{"line":2,"field":"month","reason":"'2018-13' is not a month like 2019-03"}]}""";

    public static final String COUNT_PAGE = """
            {"items":[{"areaCode":"maidstone","sourceCode":"kent-police","month":"2018-04","categoryCode":"sexual-offences",
             "count":124,"unavailable":false,"vintage":"2019-01 extract","note":null}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String TRENDS = """
            {"areaCode":"maidstone","sourceCode":"kent-police",
             "previous":{"label":"FY2017-18","kind":"FINANCIAL_YEAR","startMonth":"2017-04","endMonth":"2018-03","population":169955},
             "current":{"label":"FY2018-19","kind":"FINANCIAL_YEAR","startMonth":"2018-04","endMonth":"2019-03","population":171826},
             "figures":[{"id":"7d9f3c8e-2b1a-3c4d-9e8f-1a2b3c4d5e6f","categoryCode":"sexual-offences","categoryName":"Sexual offences (all)",
               "previousCount":330,"currentCount":489,"change":159,"changePercent":48.2,"previousRatePer1000":1.94,"currentRatePer1000":2.85,
               "previousSharePercent":2.6,"currentSharePercent":3.3,"rank":1,"smallNumbers":false,"unavailable":false,"unavailableReason":null,
               "notes":["Multiple crimes in one incident are now recorded separately"],
               "summary":"Sexual offences (all) +48.2% (330 in FY2017-18, 489 in FY2018-19)"}]}""";

    public static final String NO_DATA = """
            {"type":"https://csp.example.org/problems/no-data-for-period","title":"No figures for this period","status":404,
             "detail":"area 'maidstone' has no figures from kent-police in FY2010-11 (2010-04 to 2011-03)","period":"FY2010-11","field":"previous"}""";

    public static final String UNKNOWN_CATEGORY = """
            {"type":"https://csp.example.org/problems/unknown-category","title":"Unknown crime category","status":404,
             "detail":"category 'fly-tipping' is not in the taxonomy; see GET /api/v1/categories","categoryCode":"fly-tipping"}""";

    public static final String CONFLICT_EXISTS = """
            {"type":"https://csp.example.org/problems/area-exists","title":"Conflict with the current state","status":409,
             "detail":"area 'maidstone' already exists"}""";

    public static final String CATEGORY_EXISTS = """
            {"type":"https://csp.example.org/problems/category-exists","title":"Conflict with the current state","status":409,
             "detail":"category 'needle-finds' is already in the taxonomy"}""";

    public static final String ASSESSMENT_EXISTS = """
            {"type":"https://csp.example.org/problems/assessment-exists","title":"Conflict with the current state","status":409,
             "detail":"area maidstone already has an assessment for 2019-20"}""";

    public static final String CANDIDATE_DECIDED = """
            {"type":"https://csp.example.org/problems/candidate-decided","title":"Conflict with the current state","status":409,
             "detail":"candidate 1e2d3c4b-5a69-4788-8776-655443322110 is already DROPPED"}""";

    public static final String UNKNOWN_AREA = """
            {"type":"https://csp.example.org/problems/unknown-area","title":"Unknown area","status":404,
             "detail":"area 'maidstone' does not exist; create it first","areaCode":"maidstone"}""";

    public static final String NO_DATA_FOR_AREA = """
            {"type":"https://csp.example.org/problems/no-data-for-area","title":"No figures for this area","status":404,
             "detail":"area 'maidstone' has no figures yet; import some first","areaCode":"maidstone"}""";

    public static final String NO_DATA_FOR_SOURCE = """
            {"type":"https://csp.example.org/problems/no-data-for-source","title":"No figures from this source","status":404,
             "detail":"area 'maidstone' has no figures from source 'kent-fire'; it has [kent-police]","sourceCode":"kent-fire"}""";

    public static final String NOT_FOUND = """
            {"type":"https://csp.example.org/problems/not-found","title":"Resource not found","status":404,
             "detail":"assessment 5a0e8e0c-1f6b-4b8e-9d3a-7c2e1f0a9b84 does not exist"}""";

    public static final String NO_ROLE = """
            {"type":"https://csp.example.org/problems/forbidden","title":"Not allowed","status":403,
             "detail":"your role does not allow this operation"}""";

    public static final String SOURCE_CREATED_AT_ONCE = """
            {"type":"https://csp.example.org/problems/source-exists","title":"Conflict with the current state","status":409,
             "detail":"source 'kent-police' was created by a concurrent import; retry"}""";

    public static final String NOT_CSV = """
            {"type":"https://csp.example.org/problems/http-415","title":"Unsupported Media Type","status":415,
             "detail":"send the body as text/csv"}""";

    public static final String FOREIGN_SOURCE = """
            {"type":"https://csp.example.org/problems/foreign-source","title":"Not allowed","status":403,
             "detail":"source 'kent-police' belongs to another agency; import into your own source","sourceCode":"kent-police"}""";

    public static final String FOREIGN_AGENCY = """
            {"type":"https://csp.example.org/problems/foreign-agency","title":"Not allowed","status":403,
             "detail":"a partner agency imports only as its own agency (kent-police)","agency":"kent-fire"}""";

    public static final String FINDING = """
            {"id":"0b6f7a4e-5d2c-4c1b-8a9e-2f3d4c5b6a70","areaCode":"maidstone","kind":"SURVEY","title":"Residents' Survey 2017",
             "summary":"Perceptions of safety","source":"Maidstone Borough Council Residents' Survey","observedOn":"2017-11-30",
             "measures":[{"name":"responses","value":2350,"unit":"COUNT"},{"name":"feel safe at home","value":93,"unit":"PERCENT"}],
             "location":null}""";

    public static final String FINDING_PAGE = """
            {"items":[""" + FINDING + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String ASSESSMENT = """
            {"id":"5a0e8e0c-1f6b-4b8e-9d3a-7c2e1f0a9b84","areaCode":"maidstone","financialYear":"2019-20","title":"Strategic Assessment 2019-20",
             "status":"DRAFT","publishedAt":null,"endorsedAt":null,"endorsedByDecision":null,"version":0,
             "pendingData":["Needle exchange data from CGL West Kent Recovery Service to be added later"],
             "priorities":[{"id":"9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f","position":1,"title":"Safeguarding people whose circumstances make them vulnerable",
               "rationale":"Sexual offences rose 48.2%; 15% of all crime is domestic-abuse related","categoryCodes":["sexual-offences","domestic-abuse"],
               "evidence":[{"kind":"TREND","id":"7d9f3c8e-2b1a-3c4d-9e8f-1a2b3c4d5e6f","summary":"Sexual offences (all) +48.2% (330 in FY2017-18, 489 in FY2018-19)"}]}]}""";

    public static final String ASSESSMENT_PAGE = """
            {"items":[""" + ASSESSMENT + """
            ],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    public static final String CANDIDATES = """
            [{"id":"1e2d3c4b-5a69-4788-8776-655443322110","categoryCode":"sexual-offences","title":"Sexual offences (all)",
              "rationale":"Sexual offences (all) +48.2% (330 in FY2017-18, 489 in FY2018-19)","trendId":"7d9f3c8e-2b1a-3c4d-9e8f-1a2b3c4d5e6f",
              "trendSummary":"Sexual offences (all) +48.2% (330 in FY2017-18, 489 in FY2018-19)","changePercent":48.2,"status":"PROPOSED","priorityId":null}]""";

    public static final String DROPPED = """
            {"id":"1e2d3c4b-5a69-4788-8776-655443322110","categoryCode":"violence-without-injury","title":"Violence without injury",
             "rationale":"Violence without injury +37.9% (2000 in FY2017-18, 2758 in FY2018-19)","trendId":"2c9f3c8e-2b1a-3c4d-9e8f-1a2b3c4d5e6f",
             "trendSummary":"Violence without injury +37.9% (2000 in FY2017-18, 2758 in FY2018-19)","changePercent":37.9,"status":"DROPPED","priorityId":null}""";

    public static final String NOT_DRAFT = """
            {"type":"https://csp.example.org/problems/assessment-not-draft","title":"Conflict with the current state","status":409,
             "detail":"assessment 5a0e8e0c-1f6b-4b8e-9d3a-7c2e1f0a9b84 is PUBLISHED; only a DRAFT assessment can be changed"}""";

    public static final String NO_PRIORITIES = """
            {"type":"https://csp.example.org/problems/assessment-without-priorities","title":"Business rule violated","status":422,
             "detail":"assessment 5a0e8e0c-1f6b-4b8e-9d3a-7c2e1f0a9b84 recommends no priorities; add at least one before publishing"}""";

    public static final String CREATE_AREA = """
            {"code":"maidstone","name":"Maidstone Borough","populations":[{"year":2017,"population":169955},{"year":2018,"population":171826}]}""";

    public static final String SET_POPULATION = """
            {"population":171826}""";

    public static final String CREATE_CATEGORY = """
            {"code":"needle-finds","name":"Discarded needle finds","description":"Needles found and collected by the council's street cleansing team",
             "parentCode":"drugs","domesticAbuseRelated":false,"countsTowardsTotal":false,"mapsTo":["drugs"]}""";

    public static final String IMPORT_REQUEST = """
            {"areaCode":"maidstone","sourceCode":"kent-police","vintage":"2019-01 extract","agency":"kent-police",
             "rows":[{"categoryCode":"sexual-offences","month":"2018-04","count":41},
               {"categoryCode":"sexual-offences","month":"2018-05","unavailable":true,"note":"not yet supplied"}],
             "notes":[{"categoryCode":"violence-against-the-person","fromMonth":"2018-04","text":"Multiple crimes in one incident are now recorded separately"}]}""";

    public static final String CREATE_FINDING = """
            {"areaCode":"maidstone","kind":"SURVEY","title":"Residents' Survey 2017","summary":"Perceptions of safety",
             "source":"Maidstone Borough Council Residents' Survey","observedOn":"2017-11-30",
             "measures":[{"name":"responses","value":2350,"unit":"COUNT"},{"name":"feel safe at home","value":93,"unit":"PERCENT"}]}""";

    private static final String PRIORITY_INPUT = """
            {"title":"Safeguarding people whose circumstances make them vulnerable",
             "rationale":"Sexual offences rose 48.2%; 15% of all crime is domestic-abuse related","categoryCodes":["sexual-offences"],
             "evidence":[{"kind":"TREND","categoryCode":"sexual-offences","previous":"FY2017-18","current":"FY2018-19","sourceCode":"kent-police"}]}""";

    public static final String CREATE_ASSESSMENT = """
            {"areaCode":"maidstone","financialYear":"2019-20","title":"Strategic Assessment 2019-20","priorities":[""" + PRIORITY_INPUT + """
            ],"pendingData":["Needle exchange data from CGL West Kent Recovery Service to be added later"]}""";

    public static final String UPDATE_ASSESSMENT = """
            {"title":"Strategic Assessment 2019-20","priorities":[{"id":"9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
              "title":"Safeguarding people whose circumstances make them vulnerable",
              "rationale":"Sexual offences rose 48.2%; 15% of all crime is domestic-abuse related","categoryCodes":["sexual-offences"],
              "evidence":[{"kind":"TREND","trendId":"7d9f3c8e-2b1a-3c4d-9e8f-1a2b3c4d5e6f"}]}],"pendingData":[]}""";

    public static final String ACCEPT_CANDIDATE = """
            {"title":"Safeguarding people whose circumstances make them vulnerable",
             "rationale":"Sexual offences rose 48.2%, partly from a change in recording practice"}""";
}
