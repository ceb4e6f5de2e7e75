// A screen of the frontend: "Strategic Assessment 2019-20". Shows an assessment, its recommended
// priorities and its audit trail; lets an officer create a draft and publish it. Its data calls use
// only the types generated from contracts/openapi/assessment-service.yaml, so a change to the API
// that breaks the screen fails `tsc --strict` in contracts/check.sh.
import type { components, operations } from './generated/assessment-service';
import { call, type Session, type Versioned } from './api';

type Schemas = components['schemas'];
type CreateAssessmentRequest = operations['createAssessment']['requestBody'] extends infer B
  ? B extends { content: { 'application/json': infer J } } ? J : never : never;
type Created = operations['createAssessment']['responses'][201]['content']['application/json'];
type Assessment = operations['getAssessment']['responses'][200]['content']['application/json'];
type Published = operations['publishAssessment']['responses'][200]['content']['application/json'];
type AuditPage = operations['listAuditEntries']['responses'][200]['content']['application/json'];
type AuditQuery = operations['listAuditEntries']['parameters']['query'];

/** What the screen renders. */
export interface AssessmentScreen {
  heading: string;
  status: Schemas['AssessmentStatus'];
  priorities: { position: number; title: string }[];
  history: { when: string; who: string; what: string }[];
  etag: string | null;
}

export async function loadAssessmentScreen(session: Session, assessmentId: string): Promise<AssessmentScreen> {
  const assessment: Versioned<Assessment> = await call<Assessment>(session, 'GET', `/api/v1/assessments/${assessmentId}`);
  const query: AuditQuery = { resourceType: 'strategic-assessment', resourceId: assessmentId, page: 0, size: 20 };
  const audit = await call<AuditPage>(session, 'GET', '/api/v1/audit', { query: { ...query } as Record<string, string | number> });
  const a = assessment.body;
  return {
    heading: `${a.title} (${a.areaCode}, ${a.financialYear})`,
    status: a.status,
    priorities: (a.priorities ?? []).map((p) => ({ position: p.position, title: p.title })),
    history: (audit.body.items ?? []).map((entry) => ({
      when: entry.occurredAt ?? '',
      who: entry.actorSubject ?? 'system',
      what: entry.action ?? '',
    })),
    etag: assessment.etag,
  };
}

export async function createDraft(session: Session): Promise<Versioned<Created>> {
  const request: CreateAssessmentRequest = {
    areaCode: 'maidstone',
    financialYear: '2019-20',
    title: 'Strategic Assessment 2019-20',
    priorities: [
      { title: 'Protecting our communities against serious, violent and organised crime',
        rationale: 'Sexual offences rose 48.2% on the previous year' },
    ],
  };
  return call<Created>(session, 'POST', '/api/v1/assessments', { body: request });
}

/** Publishing needs the ETag the screen last read; a 412 problem means someone changed it meanwhile. */
export async function publish(session: Session, screen: AssessmentScreen, assessmentId: string): Promise<Published> {
  if (screen.etag === null) {
    throw new Error('reload the assessment before publishing');
  }
  const published = await call<Published>(session, 'POST', `/api/v1/assessments/${assessmentId}/publish`,
    { ifMatch: screen.etag });
  return published.body;
}
