// The frontend team's thin fetch layer, written only from the OpenAPI documents: every call is
// typed by the types openapi-typescript generates from contracts/openapi/<svc>-service.yaml.
import type { components as AssessmentApi } from './generated/assessment-service';

/** An RFC 9457 error body, as every service describes it (application/problem+json). */
export type Problem = AssessmentApi['schemas']['Problem'];

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}${problem.detail ? ': ' + problem.detail : ''}`);
  }
}

export interface Session {
  baseUrl: string;
  token: string;
}

/** A response body with the ETag the server sent (needed for If-Match on the next update). */
export interface Versioned<T> {
  body: T;
  etag: string | null;
}

export async function call<T>(session: Session, method: string, path: string,
    init: { body?: unknown; ifMatch?: string; query?: Record<string, string | number> } = {}): Promise<Versioned<T>> {
  const url = new URL(session.baseUrl + path);
  for (const [name, value] of Object.entries(init.query ?? {})) {
    url.searchParams.set(name, String(value));
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${session.token}`, Accept: 'application/json' };
  if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (init.ifMatch !== undefined) {
    headers['If-Match'] = init.ifMatch;
  }
  const response = await fetch(url, {
    method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) {
    throw new ApiProblem((await response.json()) as Problem);
  }
  return { body: (await response.json()) as T, etag: response.headers.get('ETag') };
}
