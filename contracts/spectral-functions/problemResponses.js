// Project rule: an operation describes at least one 4xx error, and every 4xx/5xx response it
// describes is an RFC 9457 body (application/problem+json) and nothing else.
const PROBLEM = 'application/problem+json';

export default function problemResponses(operation, _options, context) {
  const results = [];
  if (operation === null || typeof operation !== 'object') {
    return results;
  }
  const responses = operation.responses || {};
  const codes = Object.keys(responses);
  if (!codes.some((code) => code.startsWith('4'))) {
    results.push({
      message: 'operation describes no 4xx problem response (application/problem+json)',
      path: [...context.path, 'responses'],
    });
  }
  for (const code of codes) {
    if (!code.startsWith('4') && !code.startsWith('5')) {
      continue;
    }
    const content = (responses[code] && responses[code].content) || {};
    const types = Object.keys(content);
    if (!types.includes(PROBLEM)) {
      results.push({
        message: `error response ${code} is not described as ${PROBLEM}`,
        path: [...context.path, 'responses', code],
      });
    }
    for (const type of types) {
      if (type !== PROBLEM) {
        results.push({
          message: `error response ${code} offers ${type}; errors are ${PROBLEM} only`,
          path: [...context.path, 'responses', code, 'content', type],
        });
      }
    }
  }
  return results;
}
