package org.csp.grant.rest;

/** Example JSON bodies shown in the OpenAPI document. */
final class OpenApiExamples {
    private OpenApiExamples() {
    }

    static final String AWARD = """
            {"id":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","funder":"Kent Police and Crime Commissioner",
             "recipient":"Maidstone Borough Council (Safer Maidstone Partnership)","areaCode":"maidstone","financialYear":"2019-20",
             "amountPence":4000000,"tacticalPotPence":500000,"allocatedPence":2500000,"availableForAllocationPence":1000000,
             "tacticalPotDrawnPence":75000,"tacticalPotRemainingPence":425000,
             "conditions":"Projects must deliver on both the PCC's priorities and the partnership's",
             "obligations":[{"code":"pcc-proposal-report","description":"Report setting out how the grant is to be spent, to the PCC's office","dueDate":"2019-03-31"},
                            {"code":"committee-progress-report","description":"Report to the Crime and Disorder Committee on the projects commissioned and their progress","dueDate":"2019-09-30"}],
             "createdAt":"2019-02-20T09:00:00Z","version":3}""";

    static final String DRAW = """
            {"id":"5d9e7c1a-2b3c-4d5e-8f90-112233445566","awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","amountPence":75000,
             "reason":"Extra patrols and target hardening after a spate of burglaries in Shepway",
             "approvedBy":"Community Protection Manager","drawnAt":"2019-07-02T10:15:00Z","drawnBy":"officer@maidstone.gov.uk",
             "tacticalPotRemainingPence":425000}""";

    static final String DRAW_READ = """
            {"id":"5d9e7c1a-2b3c-4d5e-8f90-112233445566","awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","amountPence":75000,
             "reason":"Extra patrols and target hardening after a spate of burglaries in Shepway",
             "approvedBy":"Community Protection Manager","drawnAt":"2019-07-02T10:15:00Z","drawnBy":"officer@maidstone.gov.uk",
             "tacticalPotRemainingPence":null}""";

    static final String DRAW_PAGE = """
            {"items":[{"id":"5d9e7c1a-2b3c-4d5e-8f90-112233445566","awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","amountPence":75000,
             "reason":"Extra patrols and target hardening after a spate of burglaries in Shepway",
             "approvedBy":"Community Protection Manager","drawnAt":"2019-07-02T10:15:00Z","drawnBy":"officer@maidstone.gov.uk",
             "tacticalPotRemainingPence":null}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String CREATE_AWARD = """
            {"funder":"Kent Police and Crime Commissioner","recipient":"Maidstone Borough Council (Safer Maidstone Partnership)",
             "areaCode":"maidstone","financialYear":"2019-20","amountPence":4000000,"tacticalPotPence":500000,
             "conditions":"Projects must deliver on both the PCC's priorities and the partnership's",
             "additionalObligations":[{"code":"year-end-return","description":"Year-end spend return to the PCC","dueDate":"2020-04-30"}]}""";

    static final String UPDATE_AWARD = """
            {"amountPence":4000000,"tacticalPotPence":500000,"conditions":"Proposals to the PCC's office by 31 March 2019."}""";

    static final String DRAW_REQUEST = """
            {"amountPence":75000,"reason":"Extra patrols and target hardening after a spate of burglaries in Shepway",
             "approvedBy":"Community Protection Manager"}""";

    static final String BID_INPUT = """
            {"awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","title":"Domestic abuse one-stop shop outreach",
             "description":"Weekly outreach sessions of the one-stop shop in rural parishes","applicantType":"SUB_GROUP",
             "applicant":"domestic-abuse-forum","applicantName":"Domestic Abuse Forum","amountRequestedPence":1200000,
             "priorityIds":["3c2b1a09-8f7e-4d6c-b5a4-392817161514"],"pccPriorities":["Tackle violence and abuse"],
             "expectedOutcomes":"120 victims supported","deliveryStart":"2019-04-01","deliveryEnd":"2020-03-31","actionIds":[]}""";

    static final String SIFT_SHORTLIST = """
            {"outcome":"SHORTLISTED","reason":"Meets the domestic abuse priority"}""";

    static final String SIFT_REJECT = """
            {"outcome":"REJECTED","reason":"Does not deliver on a current plan priority"}""";

    static final String APPROVE = """
            {"allocatedPence":1000000,"actionIds":[],"reason":"Approved by the SMP executive group, 14 March 2019","approvedOn":"2019-03-14"}""";

    static final String CHANGE_ALLOCATION = """
            {"allocatedPence":900000,"reason":"Venue costs lower than expected"}""";

    static final String WITHDRAW = """
            {"reason":"Project lead left the agency"}""";

    static final String PAYMENT_REQUEST = """
            {"amountPence":250000,"paidOn":"2019-05-01","reference":"PO-2019-0412"}""";

    static final String PAYMENTS = """
            {"items":[{"id":"7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7","bidId":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","amountPence":250000,
              "paidOn":"2019-05-01","reference":"PO-2019-0412","recordedAt":"2019-05-01T09:30:00Z",
              "recordedBy":"officer@maidstone.gov.uk","unpaidPence":null}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String PROGRESS_INPUT = """
            {"reportedOn":"2019-08-31","summary":"Sessions running in 6 of 8 parishes","outcomesAchieved":"54 victims supported so far",
             "rag":"GREEN"}""";

    private static final String BID_HEAD = """
            {"id":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","financialYear":"2019-20",
             "title":"Domestic abuse one-stop shop outreach","description":"Weekly outreach sessions of the one-stop shop in rural parishes",
             "applicantType":"SUB_GROUP","applicant":"domestic-abuse-forum","applicantName":"Domestic Abuse Forum","ownerAgency":null,
             "amountRequestedPence":1200000,""";

    private static final String BID_CONTENT = """
            "priorityIds":["3c2b1a09-8f7e-4d6c-b5a4-392817161514"],"pccPriorities":["Tackle violence and abuse"],
             "expectedOutcomes":"120 victims supported","deliveryStart":"2019-04-01","deliveryEnd":"2020-03-31","actionIds":[],""";

    private static final String BID_TAIL = """
            "createdAt":"2019-02-25T11:00:00Z","createdBy":"officer@maidstone.gov.uk",""";

    static final String BID = BID_HEAD
            + "\"allocatedPence\":1000000,\"paidPence\":0,\"unpaidPence\":1000000,"
            + BID_CONTENT
            + "\"status\":\"APPROVED\",\"siftOutcome\":\"SHORTLISTED\",\"siftReason\":\"Meets the domestic abuse priority\",\"approvedOn\":\"2019-03-14\","
            + BID_TAIL
            + "\"version\":3}";

    static final String BID_DRAFT = BID_HEAD
            + "\"allocatedPence\":0,\"paidPence\":0,\"unpaidPence\":0,"
            + BID_CONTENT
            + "\"status\":\"DRAFT\",\"siftOutcome\":null,\"siftReason\":null,\"approvedOn\":null,"
            + BID_TAIL
            + "\"version\":0}";

    static final String BID_SUBMITTED = BID_HEAD
            + "\"allocatedPence\":0,\"paidPence\":0,\"unpaidPence\":0,"
            + BID_CONTENT
            + "\"status\":\"SUBMITTED\",\"siftOutcome\":null,\"siftReason\":null,\"approvedOn\":null,"
            + BID_TAIL
            + "\"version\":1}";

    static final String BID_SIFTED = BID_HEAD
            + "\"allocatedPence\":0,\"paidPence\":0,\"unpaidPence\":0,"
            + BID_CONTENT
            + "\"status\":\"SIFTED\",\"siftOutcome\":\"SHORTLISTED\",\"siftReason\":\"Meets the domestic abuse priority\",\"approvedOn\":null,"
            + BID_TAIL
            + "\"version\":2}";

    static final String BID_REALLOCATED = BID_HEAD
            + "\"allocatedPence\":900000,\"paidPence\":0,\"unpaidPence\":900000,"
            + BID_CONTENT
            + "\"status\":\"APPROVED\",\"siftOutcome\":\"SHORTLISTED\",\"siftReason\":\"Meets the domestic abuse priority\",\"approvedOn\":\"2019-03-14\","
            + BID_TAIL
            + "\"version\":4}";

    static final String BID_IN_DELIVERY = BID_HEAD
            + "\"allocatedPence\":1000000,\"paidPence\":0,\"unpaidPence\":1000000,"
            + BID_CONTENT
            + "\"status\":\"IN_DELIVERY\",\"siftOutcome\":\"SHORTLISTED\",\"siftReason\":\"Meets the domestic abuse priority\",\"approvedOn\":\"2019-03-14\","
            + BID_TAIL
            + "\"version\":4}";

    static final String BID_COMPLETED = BID_HEAD
            + "\"allocatedPence\":1000000,\"paidPence\":950000,\"unpaidPence\":50000,"
            + BID_CONTENT
            + "\"status\":\"COMPLETED\",\"siftOutcome\":\"SHORTLISTED\",\"siftReason\":\"Meets the domestic abuse priority\",\"approvedOn\":\"2019-03-14\","
            + BID_TAIL
            + "\"version\":9}";

    static final String BID_WITHDRAWN = BID_HEAD
            + "\"allocatedPence\":0,\"paidPence\":0,\"unpaidPence\":0,"
            + BID_CONTENT
            + "\"status\":\"WITHDRAWN\",\"siftOutcome\":null,\"siftReason\":null,\"approvedOn\":null,"
            + BID_TAIL
            + "\"version\":2}";

    static final String BID_PAGE = "{\"items\":["
            + BID
            + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    static final String AWARD_PAGE = "{\"items\":["
            + AWARD
            + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    static final String TRANSITIONS = """
            {"items":[{"id":"1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9","fromStatus":null,"toStatus":"DRAFT","reason":null,
              "actorSubject":"system@kent-police.example","actorAgency":"kent-police","occurredAt":"2019-02-25T11:00:00Z"},
             {"id":"2f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9","fromStatus":"DRAFT","toStatus":"SUBMITTED","reason":null,
              "actorSubject":"system@kent-police.example","actorAgency":"kent-police","occurredAt":"2019-02-28T16:00:00Z"}],
             "page":0,"size":20,"totalItems":2,"totalPages":1}""";

    static final String PAYMENT = """
            {"id":"7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7","bidId":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","amountPence":250000,
             "paidOn":"2019-05-01","reference":"PO-2019-0412","recordedAt":"2019-05-01T09:30:00Z",
             "recordedBy":"officer@maidstone.gov.uk","unpaidPence":750000}""";

    static final String PAYMENT_READ = """
            {"id":"7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7","bidId":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","amountPence":250000,
             "paidOn":"2019-05-01","reference":"PO-2019-0412","recordedAt":"2019-05-01T09:30:00Z",
             "recordedBy":"officer@maidstone.gov.uk","unpaidPence":null}""";

    static final String PROGRESS = """
            {"id":"8d7c6b5a-4938-4271-b5a4-c3d2e1f0a9b8","bidId":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","reportedOn":"2019-08-31",
             "summary":"Sessions running in 6 of 8 parishes","outcomesAchieved":"54 victims supported so far","rag":"GREEN",
             "recordedAt":"2019-09-02T08:00:00Z","recordedBy":"officer@maidstone.gov.uk"}""";

    static final String PCC_RETURN = """
            {"awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","funder":"Kent Police and Crime Commissioner",
             "recipient":"Maidstone Borough Council (Safer Maidstone Partnership)","areaCode":"maidstone","financialYear":"2019-20",
             "amountPence":4000000,"availableForBidsPence":3500000,"allocatedPence":1000000,"unallocatedPence":2500000,
             "projects":[{"bidId":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","title":"Domestic abuse one-stop shop outreach",
               "applicantType":"SUB_GROUP","applicant":"domestic-abuse-forum","applicantName":"Domestic Abuse Forum","status":"APPROVED",
               "amountRequestedPence":1200000,"allocatedPence":1000000,
               "planPriorities":[{"priorityId":"3c2b1a09-8f7e-4d6c-b5a4-392817161514","title":"Safeguarding people whose circumstances make them vulnerable","current":true}],
               "pccPriorities":["Tackle violence and abuse"],"expectedOutcomes":"120 victims supported",
               "deliveryStart":"2019-04-01","deliveryEnd":"2020-03-31"}],
             "tacticalPot":{"potPence":500000,"drawnPence":0,"remainingPence":500000,"draws":[]},
             "obligations":[{"code":"pcc-proposal-report","description":"Report setting out how the grant is to be spent, to the PCC's office","dueDate":"2019-03-31"}],
             "generatedAt":"2019-03-20T12:00:00Z"}""";

    static final String PROGRESS_SUMMARY = """
            {"awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","financialYear":"2019-20","funder":"Kent Police and Crime Commissioner",
             "amountPence":4000000,"allocatedPence":1000000,"spendToDatePence":250000,"underspendPence":0,"unallocatedPence":2500000,
             "projects":[{"bidId":"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","title":"Domestic abuse one-stop shop outreach",
               "applicantName":"Domestic Abuse Forum","status":"IN_DELIVERY","allocatedPence":1000000,"spendToDatePence":250000,
               "unspentPence":750000,"underspendPence":0,"planPriorities":[],
               "latestProgress":{"reportedOn":"2019-08-31","summary":"Sessions running in 6 of 8 parishes","outcomesAchieved":"54 victims supported so far","rag":"GREEN"}}],
             "tacticalPot":{"potPence":500000,"drawnPence":75000,"remainingPence":425000,"draws":[]},"generatedAt":"2019-09-10T12:00:00Z"}""";

    static final String GIVING = """
            {"grants":[{"id":"360G-maidstone-csp-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","title":"Domestic abuse one-stop shop outreach",
              "description":"Weekly outreach sessions of the one-stop shop in rural parishes","currency":"GBP",
              "amountAwarded":10000.00,"amountAppliedFor":12000.00,"amountDisbursed":2500.00,"awardDate":"2019-03-14",
              "plannedDates":[{"startDate":"2019-04-01","endDate":"2020-03-31"}],
              "fundingOrganization":[{"id":"XI-CSP-MAIDSTONE-kent-police-and-crime-commissioner","name":"Kent Police and Crime Commissioner"}],
              "recipientOrganization":[{"id":"XI-CSP-MAIDSTONE-domestic-abuse-forum","name":"Domestic Abuse Forum"}],
              "grantProgramme":[{"code":"pcc-community-safety-grant-2019-20","title":"PCC Community Safety Grant 2019-20"}]}]}""";

    static final String PRIORITIES = """
            {"items":[{"priorityId":"3c2b1a09-8f7e-4d6c-b5a4-392817161514","planId":"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d","areaCode":"maidstone",
              "planTitle":"Community Safety Plan 2019-22","title":"Safeguarding people whose circumstances make them vulnerable"}],
             "page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String ALLOCATION_EXCEEDS_AWARD = """
            {"type":"https://csp.example.org/problems/allocation-exceeds-award","title":"Business rule violated","status":422,
             "detail":"allocating 1500000 pence would exceed the award: only 1000000 pence remains outside the tactical pot",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/approve","requestedPence":1500000,"remainingPence":1000000,
             "awardPence":4000000,"tacticalPotPence":500000,"allocatedPence":2500000}""";

    static final String POT_EXCEEDED = """
            {"type":"https://csp.example.org/problems/tactical-pot-exceeded","title":"Business rule violated","status":422,
             "detail":"drawing 100000 pence would overspend the tactical pot: only 25000 pence remains",
             "instance":"/api/v1/awards/0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11/tactical-draws","requestedPence":100000,
             "remainingPence":25000,"tacticalPotPence":500000,"drawnPence":475000}""";

    static final String PAYMENT_EXCEEDS = """
            {"type":"https://csp.example.org/problems/payment-exceeds-allocation","title":"Business rule violated","status":422,
             "detail":"paying 800000 pence would exceed the allocation: 750000 pence of 1000000 remains unpaid",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/payments","requestedPence":800000,"remainingPence":750000,
             "allocatedPence":1000000,"paidPence":250000}""";

    static final String PAYMENT_DATED_IN_FUTURE = """
            {"type":"https://csp.example.org/problems/payment-dated-in-future","title":"Business rule violated","status":422,
             "detail":"a payment dated 2019-06-01 has not been made yet: today is 2019-05-01; record it once it is paid",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/payments","field":"paidOn","paidOn":"2019-06-01",
             "today":"2019-05-01"}""";

    static final String PAYMENT_BEFORE_APPROVAL = """
            {"type":"https://csp.example.org/problems/payment-before-approval","title":"Business rule violated","status":422,
             "detail":"a payment dated 2019-03-01 is before bid 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d was approved on 2019-03-14; a bid is paid only once it is funded",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/payments","field":"paidOn","paidOn":"2019-03-01",
             "approvedOn":"2019-03-14"}""";

    static final String APPROVAL_DATED_IN_FUTURE = """
            {"type":"https://csp.example.org/problems/approval-dated-in-future","title":"Business rule violated","status":422,
             "detail":"an approval dated 2019-03-21 has not been decided yet: today is 2019-03-14; record it once the panel has approved the bid",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/approve","field":"approvedOn","approvedOn":"2019-03-21",
             "today":"2019-03-14"}""";

    static final String TRANSITION_NOT_ALLOWED = """
            {"type":"https://csp.example.org/problems/bid-transition-not-allowed","title":"Conflict with the current state","status":409,
             "detail":"bid 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is DRAFT; it cannot move to APPROVED (allowed: SUBMITTED, WITHDRAWN)",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/approve","currentStatus":"DRAFT","requestedStatus":"APPROVED",
             "allowedStatuses":["SUBMITTED","WITHDRAWN"]}""";

    static final String PRIORITY_NOT_CURRENT = """
            {"type":"https://csp.example.org/problems/priority-not-current","title":"Business rule violated","status":422,
             "detail":"priorities [3c2b1a09-8f7e-4d6c-b5a4-392817161514] are not priorities of the current adopted plan of area maidstone; a bid must deliver current plan priorities of the area its award funds",
             "instance":"/api/v1/bids","notCurrentPriorityIds":["3c2b1a09-8f7e-4d6c-b5a4-392817161514"],"areaCode":"maidstone"}""";

    static final String PLAN_ACTION_PAGE = """
            {"items":[{"actionId":"6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2e","planId":"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
              "priorityId":"3c2b1a09-8f7e-4d6c-b5a4-392817161514","title":"Expand the One Stop Shop outreach to rural parishes","status":"IN_PROGRESS"}],
             "page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String ACTION_NOT_FUNDABLE = """
            {"type":"https://csp.example.org/problems/action-not-fundable","title":"Business rule violated","status":422,
             "detail":"a bid funds only plan actions, not cancelled, that deliver the priorities it names; actions [6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2e] deliver other priorities",
             "instance":"/api/v1/bids","unknownActionIds":[],"actionIdsOfOtherPriorities":["6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2e"],
             "cancelledActionIds":[]}""";

    static final String ALLOCATION_EXCEEDS_REQUEST = """
            {"type":"https://csp.example.org/problems/allocation-exceeds-request","title":"Business rule violated","status":422,
             "detail":"an allocation of 1300000 pence is more than the 1200000 pence the bid requested",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/allocation","requestedPence":1300000,"amountRequestedPence":1200000}""";

    static final String AWARD_BELOW_ALLOCATIONS = """
            {"type":"https://csp.example.org/problems/award-below-allocations","title":"Business rule violated","status":422,
             "detail":"an award of 3000000 pence with a tactical pot of 500000 pence leaves 2500000 pence for bids, less than the 3000000 pence already allocated",
             "instance":"/api/v1/awards/0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","requestedPence":3000000,"tacticalPotPence":500000,"allocatedPence":3000000}""";

    static final String AWARD_EXISTS = """
            {"type":"https://csp.example.org/problems/award-exists","title":"Conflict with the current state","status":409,
             "detail":"Kent Police and Crime Commissioner already has an award to Maidstone Borough Council for 2019-20","instance":"/api/v1/awards"}""";

    static final String NOT_DRAFT = """
            {"type":"https://csp.example.org/problems/bid-not-draft","title":"Conflict with the current state","status":409,
             "detail":"bid 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is SUBMITTED; only a DRAFT bid can be edited",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d","currentStatus":"SUBMITTED"}""";

    static final String NOT_FUNDED = """
            {"type":"https://csp.example.org/problems/bid-not-funded","title":"Conflict with the current state","status":409,
             "detail":"bid 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is SUBMITTED; progress is reported on APPROVED, IN_DELIVERY or COMPLETED bids",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/progress-reports","currentStatus":"SUBMITTED"}""";

    static final String NOT_ALLOCATED = """
            {"type":"https://csp.example.org/problems/bid-not-allocated","title":"Conflict with the current state","status":409,
             "detail":"bid 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is SIFTED; only an APPROVED or IN_DELIVERY bid's allocation can change",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/allocation","currentStatus":"SIFTED"}""";

    static final String ALLOCATION_BELOW_PAYMENTS = """
            {"type":"https://csp.example.org/problems/allocation-below-payments","title":"Business rule violated","status":422,
             "detail":"an allocation of 200000 pence is less than the 250000 pence already paid",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/allocation","requestedPence":200000,"paidPence":250000}""";

    static final String NOT_PAYABLE = """
            {"type":"https://csp.example.org/problems/bid-not-payable","title":"Conflict with the current state","status":409,
             "detail":"bid 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is COMPLETED; payments are made only to APPROVED or IN_DELIVERY bids",
             "instance":"/api/v1/bids/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/payments","currentStatus":"COMPLETED"}""";

    static final String AWARD_UNKNOWN = """
            {"type":"https://csp.example.org/problems/award-unknown","title":"Business rule violated","status":422,
             "detail":"award 0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11 does not exist","instance":"/api/v1/bids",
             "awardId":"0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11"}""";

    static final String POT_EXCEEDS_AWARD = """
            {"type":"https://csp.example.org/problems/tactical-pot-exceeds-award","title":"Business rule violated","status":422,
             "detail":"the tactical pot (5000000 pence) cannot be larger than the award (4000000 pence)","instance":"/api/v1/awards",
             "amountPence":4000000,"tacticalPotPence":5000000}""";

    static final String POT_BELOW_DRAWS = """
            {"type":"https://csp.example.org/problems/tactical-pot-below-draws","title":"Business rule violated","status":422,
             "detail":"the tactical pot cannot be reduced to 50000 pence: 75000 pence has already been drawn",
             "instance":"/api/v1/awards/0b6f4a52-7a1e-4c53-a4a1-7f0f0a1d2c11","requestedPence":50000,"drawnPence":75000}""";
}
