package org.csp.governance.rest;

/** Example JSON used in the OpenAPI document, kept in one place. */
public final class OpenApiExamples {
    private OpenApiExamples() {
    }

    public static final String BODY = """
            {"id":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01","name":"Communities, Housing and Environment Committee","kind":"COMMITTEE",
             "actingAs":"the Crime and Disorder Committee","crimeAndDisorderCommittee":true,
             "memberships":[{"id":"0d4c8a0e-3f9b-4c8e-9b61-1c7d4e0a2f11","councillorId":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77",
               "councillorName":"D Mortimer","role":"CHAIR","startsOn":"2018-05-16","endsOn":null}],"version":1}""";

    public static final String COUNCILLOR = """
            {"id":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77","name":"D Mortimer","ward":"Shepway South",
             "tokenSubject":"cllr.mortimer@maidstone.test","termStart":"2015-05-07","termEnd":null,"version":0}""";

    public static final String OFFICER = """
            {"id":"2c9d4e1f-7a3b-4c5d-8e9f-0a1b2c3d4e5f","name":"Inspector Mark Hedges","jobTitle":"Inspector","organisation":"Kent Police"}""";

    public static final String MEETING = """
            {"id":"7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b","bodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01",
             "bodyName":"Communities, Housing and Environment Committee","bodyActingAs":"the Crime and Disorder Committee",
             "date":"2019-02-12","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone",
             "status":"HELD","cancellationReason":null,"municipalYear":"2018-19","chairId":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77",
             "agendaPublishedOn":"2019-02-04","minutesStatus":"DRAFT","minutesPublishedOn":null,"minutesApprovedAtMeetingId":null,
             "attendance":[{"kind":"APOLOGIES","councillorId":"3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d","officerId":null,"name":"Rose","substituteForId":null},
               {"kind":"SUBSTITUTE","councillorId":"4a3b2c1d-2222-4b3c-9d4e-5f6a7b8c9d0e","officerId":null,"name":"Springett",
                "substituteForId":"3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d"}],"version":3}""";

    public static final String ITEM = """
            {"id":"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","meetingId":"7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b","municipalYear":"2018-19",
             "minuteNumber":148,"kind":"SUBSTANTIVE","title":"2019-20 Strategic Assessment","notes":"Mr Matt Roberts addressed the Committee ...",
             "urgent":false,"draftedFromObligation":false,
             "subject":{"type":"strategic-assessment","id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","title":"Strategic Assessment 2019-20"},
             "interests":[],"decisionId":null,"version":0}""";

    public static final String DECISION = """
            {"id":"d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9","meetingId":"7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b",
             "itemId":"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","bodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01",
             "bodyName":"Communities, Housing and Environment Committee","meetingDate":"2019-02-12","minuteNumber":"148",
             "resolution":"That the priorities recommended by the 2019 Strategic Assessment be endorsed for adoption by the Safer Maidstone Partnership for inclusion within the Community Safety Plan for 2019-20.",
             "outcome":"UNANIMOUS","votesFor":9,"votesAgainst":0,"abstentions":0,"castingVote":null,"castingChairId":null,"memberVotes":[],
             "kind":"DECIDES","recommendedToBodyId":null,
             "subject":{"type":"strategic-assessment","id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","title":"Strategic Assessment 2019-20"},
             "action":"ENDORSE","urgent":false,"status":"OPEN","exemptReason":null,"referralDeadline":"2019-02-26",
             "windowClosesAt":"2019-02-27T00:00:00Z","effectiveAt":null,"referredAt":null,"referredTo":null,"referral":null,
             "recordedAt":"2019-02-12T19:45:00Z","version":0}""";

    public static final String REFERRAL = """
            {"id":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","decisionId":"d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9",
             "reasons":"The committee did not consider the cost to the Council.","referredTo":"Policy and Resources Committee",
             "submittedBy":"cllr.mortimer@maidstone.test","submittedAt":"2019-02-20T10:00:00Z",
             "signatures":["8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77","3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d","4a3b2c1d-2222-4b3c-9d4e-5f6a7b8c9d0e"]}""";

    public static final String REPORT_PATH = """
            {"id":"f0e1d2c3-b4a5-4968-8776-655443322110","title":"Community Safety Plan 2019-22",
             "subject":{"type":"community-safety-plan","id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","title":"Community Safety Plan 2019-22"},
             "finalDecisionMakerBodyId":"6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f","finalDecisionMakerName":"Council","status":"IN_PROGRESS",
             "steps":[{"position":1,"meetingId":"11111111-2222-4333-8444-555555555555","date":"2019-03-19",
                        "bodyName":"Communities, Housing and Environment Committee","purpose":"RECOMMEND","meetingStatus":"HELD",
                        "decision":{"decisionId":"22222222-3333-4444-8555-666666666666","action":"RECOMMEND","outcome":"UNANIMOUS","status":"EFFECTIVE","referralDeadline":null}},
                      {"position":2,"meetingId":"33333333-4444-4555-8666-777777777777","date":"2019-04-10","bodyName":"Council",
                        "purpose":"DECIDE","meetingStatus":"SCHEDULED","decision":null}],
             "createdAt":"2019-03-01T09:00:00Z","version":0}""";

    public static final String OBLIGATION = """
            {"id":"0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d","code":"pcc-proposal-report","description":"Proposals to the PCC for the grant",
             "dueDate":"2019-03-31","sourceType":"grant-award","sourceId":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
             "bodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01","meetingId":"11111111-2222-4333-8444-555555555555",
             "agendaItemId":"99999999-8888-4777-8666-555555555555","status":"SCHEDULED","overdue":false,"completedAt":null,"version":1}""";

    public static final String SUBJECT = """
            {"type":"strategic-assessment","id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","title":"Strategic Assessment 2019-20",
             "status":"PUBLISHED","updatedAt":"2019-01-20T10:00:00Z"}""";

    public static final String VOTES_EXCEED = """
            {"type":"https://csp.example.org/problems/votes-exceed-present","title":"Business rule violated","status":422,
             "detail":"10 votes were recorded but only 9 members present were entitled to vote (9 present, 0 with a declared interest)",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/decisions",
             "votesCast":10,"entitledToVote":9,"present":9,"declaredInterests":0}""";

    public static final String REFERRAL_LATE = """
            {"type":"https://csp.example.org/problems/referral-late","title":"Business rule violated","status":422,
             "detail":"the referral deadline was 2019-02-26; referrals are no longer accepted",
             "instance":"/api/v1/decisions/d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9/referrals","referralDeadline":"2019-02-26","today":"2019-02-27"}""";

    public static final String REFERRAL_UNDER_SIGNED = """
            {"type":"https://csp.example.org/problems/referral-under-signed","title":"Business rule violated","status":422,
             "detail":"the form has 2 councillors' signatures; 3 are required",
             "instance":"/api/v1/decisions/d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9/referrals","signatures":2,"required":3}""";

    public static final String NOT_A_CURRENT_COUNCILLOR = """
            {"type":"https://csp.example.org/problems/not-a-current-councillor","title":"Business rule violated","status":422,
             "detail":"Councillor Harwood was not a serving councillor on 2019-02-12",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance","councillorId":"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"}""";

    public static final String UNKNOWN_OFFICER = """
            {"type":"https://csp.example.org/problems/unknown-officer","title":"Business rule violated","status":422,
             "detail":"officer 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d does not exist",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance","officerId":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}""";

    public static final String DUPLICATE_ATTENDANCE = """
            {"type":"https://csp.example.org/problems/duplicate-attendance","title":"Business rule violated","status":422,
             "detail":"Councillor Springett is listed more than once",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance","councillorId":"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"}""";

    public static final String DUPLICATE_SUBSTITUTE = """
            {"type":"https://csp.example.org/problems/duplicate-substitute","title":"Business rule violated","status":422,
             "detail":"member 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d already has a substitute",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance","substituteForId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}""";

    public static final String CHAIR_NOT_PRESENT = """
            {"type":"https://csp.example.org/problems/chair-not-present","title":"Business rule violated","status":422,
             "detail":"the chair must be a member present at the meeting",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance","chairId":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77"}""";

    public static final String UNKNOWN_COUNCILLOR = """
            {"type":"https://csp.example.org/problems/unknown-councillor","title":"Business rule violated","status":422,
             "detail":"councillor 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e does not exist",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items","councillorId":"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"}""";

    public static final String DUPLICATE_INTEREST = """
            {"type":"https://csp.example.org/problems/duplicate-interest","title":"Business rule violated","status":422,
             "detail":"councillor 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e declared twice",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items"}""";

    public static final String MINUTE_NUMBER_FIXED = """
            {"type":"https://csp.example.org/problems/minute-number-fixed","title":"Business rule violated","status":422,
             "detail":"minute 141 keeps its number",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/2f3e4d5c-6b7a-4980-9a1b-2c3d4e5f6a7b"}""";

    public static final String DUPLICATE_SIGNATURE = """
            {"type":"https://csp.example.org/problems/duplicate-signature","title":"Business rule violated","status":422,
             "detail":"councillor 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e signed the form more than once; each signature must be a different councillor",
             "instance":"/api/v1/decisions/d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9/referrals","councillorId":"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"}""";

    public static final String NON_COUNCILLOR_SIGNATURE = """
            {"type":"https://csp.example.org/problems/non-councillor-signature","title":"Business rule violated","status":422,
             "detail":"Councillor Harwood is not a serving councillor on 2019-02-20; only current councillors may sign",
             "instance":"/api/v1/decisions/d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9/referrals","councillorId":"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"}""";

    public static final String SUBSTITUTE_WITHOUT_APOLOGIES = """
            {"type":"https://csp.example.org/problems/substitute-without-apologies","title":"Business rule violated","status":422,
             "detail":"Councillor Springett cannot substitute for Councillor Rose who did not send apologies; a substitute stands for a member who sent apologies",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance"}""";

    public static final String END_BEFORE_START = """
            {"type":"https://csp.example.org/problems/end-before-start","title":"Business rule violated","status":422,
             "detail":"the meeting ends at 18:00, which is not after its start at 18:30","instance":"/api/v1/meetings",
             "startTime":"18:30","endTime":"18:00"}""";

    public static final String MINUTES_APPROVED = """
            {"type":"https://csp.example.org/problems/minutes-approved","title":"Conflict with the current state","status":409,
             "detail":"the minutes of the meeting of 2019-02-12 were approved as a correct record and can no longer be edited",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items"}""";

    public static final String NOT_OPEN = """
            {"type":"https://csp.example.org/problems/decision-not-open-for-referral","title":"Conflict with the current state","status":409,
             "detail":"decision d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9 is EFFECTIVE; only a decision in its referral window can be referred",
             "instance":"/api/v1/decisions/d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9/referrals"}""";

    public static final String ATTENDANCE_CONTRADICTS_DECISION = """
            {"type":"https://csp.example.org/problems/contradicts-recorded-decision","title":"Conflict with the current state","status":409,
             "detail":"the decision recorded at minute 148 would no longer add up: 9 votes were recorded but only 8 members present were entitled to vote (8 present, 0 with a declared interest); correct the decision's record first",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance","rule":"votes-exceed-present","minuteNumber":148,
             "decisionId":"d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9","votesCast":9,"entitledToVote":8,"present":8,"declaredInterests":0}""";

    public static final String INTEREST_CONTRADICTS_DECISION = """
            {"type":"https://csp.example.org/problems/contradicts-recorded-decision","title":"Conflict with the current state","status":409,
             "detail":"the decision recorded at minute 150 would no longer add up: councillor 3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d declared an interest in this item and may not vote; correct the decision's record first",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","rule":"interested-member-voted",
             "minuteNumber":150,"decisionId":"d3c2b1a0-9f8e-4d7c-b6a5-f4e3d2c1b0a9","councillorId":"3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d"}""";

    public static final String MINUTES_APPROVAL_MEETING = """
            {"type":"https://csp.example.org/problems/minutes-approval-meeting","title":"Business rule violated","status":422,
             "detail":"minutes are approved at a held meeting; the meeting of 2019-03-19 is SCHEDULED",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/minutes/approval","approvedAtMeetingStatus":"SCHEDULED"}""";

    public static final String MINUTES_APPROVED_NOT_PUBLISHED = """
            {"type":"https://csp.example.org/problems/minutes-approved","title":"Conflict with the current state","status":409,
             "detail":"the minutes of the meeting of 2019-02-12 were approved as a correct record and can no longer be edited",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/minutes/publication"}""";

    public static final String MINUTES_PUBLISHED = """
            {"type":"https://csp.example.org/problems/minutes-published","title":"Conflict with the current state","status":409,
             "detail":"the minutes were published on 2019-02-19","instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/minutes/publication"}""";

    public static final String MINUTE_NUMBER_OUT_OF_SEQUENCE = """
            {"type":"https://csp.example.org/problems/minute-number-out-of-sequence","title":"Business rule violated","status":422,
             "detail":"minute numbers run on across the municipal year 2018-19; the next number for Communities, Housing and Environment Committee is 150",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items","nextMinuteNumber":150}""";

    public static final String RECOMMENDATION_TO_OWN_BODY = """
            {"type":"https://csp.example.org/problems/recommendation-to-own-body","title":"Business rule violated","status":422,
             "detail":"a body recommends to another body; recommendedToBodyId is the deciding body itself",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/decision",
             "recommendedToBodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01"}""";

    public static final String RECOMMENDATION_ACTION = """
            {"type":"https://csp.example.org/problems/recommendation-action","title":"Business rule violated","status":422,
             "detail":"a recommendation carries the action RECOMMEND; ADOPT is for the body it recommends to",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/decision",
             "action":"ADOPT","allowedActions":["RECOMMEND"]}""";

    public static final String DECISION_ACTION = """
            {"type":"https://csp.example.org/problems/decision-action","title":"Business rule violated","status":422,
             "detail":"a body that decides takes a final action; RECOMMEND is for a recommendation (kind RECOMMENDS, naming recommendedToBodyId)",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/decision",
             "action":"RECOMMEND","allowedActions":["ENDORSE","ADOPT","APPROVE","REJECT","NOTE"]}""";

    public static final String PLAN_ADOPTED_BY_COUNCIL = """
            {"type":"https://csp.example.org/problems/plan-adopted-by-council","title":"Business rule violated","status":422,
             "detail":"a Community Safety Plan is adopted by full Council; a COMMITTEE recommends it (kind RECOMMENDS, action RECOMMEND)",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/items/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/decision",
             "action":"ADOPT","bodyKind":"COMMITTEE"}""";

    public static final String GENERIC_422 = """
            {"type":"https://csp.example.org/problems/not-a-member","title":"Business rule violated","status":422,
             "detail":"Councillor Webb was not a member of Communities, Housing and Environment Committee on 2019-02-12; record them as a SUBSTITUTE or VISITING member",
             "instance":"/api/v1/meetings/7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b/attendance"}""";

    public static final String GENERIC_409 = """
            {"type":"https://csp.example.org/problems/body-exists","title":"Conflict with the current state","status":409,
             "detail":"a body named 'Council' already exists","instance":"/api/v1/bodies"}""";

    public static final String BODY_PAGE = "{\"items\":[" + BODY + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String COUNCILLOR_PAGE = "{\"items\":[" + COUNCILLOR + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String OFFICER_PAGE = "{\"items\":[" + OFFICER + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String MEETING_PAGE = "{\"items\":[" + MEETING + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String ITEM_PAGE = "{\"items\":[" + ITEM + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String DECISION_PAGE = "{\"items\":[" + DECISION + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String REPORT_PATH_PAGE = "{\"items\":[" + REPORT_PATH + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String OBLIGATION_PAGE = "{\"items\":[" + OBLIGATION + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String MINUTES_HTML = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><body>
            <p class="referral-notice">Should you wish to refer any decisions contained in these minutes to Policy and Resources Committee, please submit a Decision Referral Form, signed by three Councillors, by: <strong>26 February 2019</strong>.</p>
            <h1>MAIDSTONE BOROUGH COUNCIL</h1>
            <h2 class="body">Acting as the Crime and Disorder Committee, Communities, Housing and Environment Committee</h2>
            <h2 class="meeting">MINUTES OF THE MEETING HELD ON TUESDAY 12 FEBRUARY 2019</h2>
            <p class="present"><strong>Present:</strong> Councillors M Burton, Garten, Joy, D Mortimer (Chairman), Powell, Purle, Mrs Robertson, Springett and Webb</p>
            <section class="minute" id="minute-138"><span class="minute-number">138.</span><div><h3>APOLOGIES FOR ABSENCE</h3>
            <p>Apologies for absence were received from Councillor Rose.</p></div></section>
            </body></html>
            """;

    public static final String CREATE_BODY_REQUEST = """
            {"name":"Communities, Housing and Environment Committee","kind":"COMMITTEE","actingAs":"the Crime and Disorder Committee","crimeAndDisorderCommittee":true}""";

    public static final String ADD_MEMBERSHIP_REQUEST = """
            {"councillorId":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77","role":"CHAIR","startsOn":"2018-05-16","endsOn":"2019-05-15"}""";

    public static final String COUNCILLOR_REQUEST = """
            {"name":"D Mortimer","ward":"Shepway South","tokenSubject":"cllr.mortimer@maidstone.test","termStart":"2015-05-07","termEnd":"2019-05-02"}""";

    public static final String CREATE_OFFICER_REQUEST = """
            {"name":"Mr Matt Roberts","jobTitle":"Community Partnerships & Resilience Manager","organisation":"Maidstone Borough Council"}""";

    public static final String CREATE_MEETING_REQUEST = """
            {"bodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01","date":"2019-02-12","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone","agendaPublishedOn":"2019-02-04"}""";

    public static final String UPDATE_MEETING_REQUEST = """
            {"date":"2019-02-12","startTime":"18:30","endTime":"19:30","location":"Town Hall, High Street, Maidstone","status":"HELD","agendaPublishedOn":"2019-02-04"}""";

    public static final String RECORD_ATTENDANCE_REQUEST = """
            {"chairId":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77","entries":[{"kind":"PRESENT","councillorId":"8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77"},{"kind":"APOLOGIES","councillorId":"3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d"},{"kind":"SUBSTITUTE","councillorId":"4a3b2c1d-2222-4b3c-9d4e-5f6a7b8c9d0e","substituteForId":"3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d"},{"kind":"OFFICER","officerId":"2c9d4e1f-7a3b-4c5d-8e9f-0a1b2c3d4e5f"}]}""";

    public static final String APPROVE_MINUTES_REQUEST = """
            {"approvedAtMeetingId":"11111111-2222-4333-8444-555555555555"}""";

    public static final String ITEM_REQUEST = """
            {"kind":"SUBSTANTIVE","title":"2019-20 Strategic Assessment","notes":"Mr Matt Roberts addressed the Committee ...","minuteNumber":148,"urgent":false,"subject":{"type":"strategic-assessment","id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"},"interests":[]}""";

    public static final String RECORD_DECISION_REQUEST = """
            {"resolution":"That the priorities recommended by the 2019 Strategic Assessment be endorsed for adoption by the Safer Maidstone Partnership for inclusion within the Community Safety Plan for 2019-20.","voting":{"unanimous":true},"kind":"DECIDES","subject":{"type":"strategic-assessment","id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"},"action":"ENDORSE"}""";

    public static final String SUBMIT_REFERRAL_REQUEST = """
            {"reasons":"The committee did not consider the cost to the Council.","signatures":["8a1f6c2e-4b7d-4e0a-9c3f-5d2e1b0a9f77","3f2e1d0c-1111-4a2b-8c3d-4e5f6a7b8c9d","4a3b2c1d-2222-4b3c-9d4e-5f6a7b8c9d0e"]}""";

    public static final String CREATE_REPORT_PATH_REQUEST = """
            {"title":"Community Safety Plan 2019-22","subject":{"type":"community-safety-plan","id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"},"finalDecisionMakerBodyId":"6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f","steps":[{"meetingId":"11111111-2222-4333-8444-555555555555","purpose":"RECOMMEND"},{"meetingId":"33333333-4444-4555-8666-777777777777","purpose":"DECIDE"}]}""";

    public static final String CALENDAR_FEED = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Community Safety Partnership//governance-service//EN
            NAME:Communities\\, Housing and Environment Committee: meetings and deadlines
            X-WR-CALNAME:Communities\\, Housing and Environment Committee: meetings and deadlines
            REFRESH-INTERVAL;VALUE=DURATION:PT1H
            X-PUBLISHED-TTL:PT1H
            BEGIN:VEVENT
            UID:meeting-7e3b2a10-9c4d-4f5e-8a6b-1c2d3e4f5a6b@governance.csp.example.org
            SEQUENCE:3
            DTSTAMP:20190212T200000Z
            DTSTART:20190212T183000Z
            DTEND:20190212T193000Z
            SUMMARY:Communities\\, Housing and Environment Committee
            END:VEVENT
            END:VCALENDAR
            """;

    private static final String CALENDAR_SUBSCRIPTION_MADE = """
            {"id":"c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b","owner":"cllr.mortimer@maidstone.test","label":"Outlook on my council laptop",
             "bodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01","withObligations":true,"status":"ACTIVE","createdAt":"2019-02-12T20:00:00Z",
             "expiresAt":"2020-02-12T20:00:00Z","revokedAt":null,""";

    public static final String CALENDAR_SUBSCRIPTION = CALENDAR_SUBSCRIPTION_MADE + "\"lastFetchedAt\":\"2019-02-13T07:15:00Z\"}";

    public static final String CREATE_CALENDAR_SUBSCRIPTION_REQUEST = """
            {"label":"Outlook on my council laptop","bodyId":"5b0f7c1e-6a53-4a53-9a1c-2f0e7e1b9d01"}""";

    public static final String ISSUED_CALENDAR_SUBSCRIPTION = "{\"subscription\":" + CALENDAR_SUBSCRIPTION_MADE + "\"lastFetchedAt\":null}"
            + ",\"feedPath\":\"/api/v1/calendar-feeds/q3Vx8bK0mZ1n4Yt7Rw2sLp9cHd6fJa5Ge0UiOk3NyQ4.ics\"}";

    public static final String CALENDAR_SUBSCRIPTION_PAGE = "{\"items\":[" + CALENDAR_SUBSCRIPTION
            + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
}
