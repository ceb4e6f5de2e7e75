// Validates AsyncAPI documents with the AsyncAPI parser (the parser's own validation plus its
// built-in Spectral ruleset). Exits non-zero when any document has an error or a warning.
// usage: node scripts/validate-asyncapi.mjs asyncapi/<svc>-service.yaml ...
import { readFile } from 'node:fs/promises';
import { Parser, fromFile } from '@asyncapi/parser';

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const parser = new Parser();
let failed = false;

for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  const serious = diagnostics.filter((d) => d.severity <= 1);
  for (const d of diagnostics) {
    const where = d.path && d.path.length ? d.path.join('.') : '(document)';
    const line = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '';
    console.log(`  ${file}:${line} ${SEVERITY[d.severity] ?? d.severity} ${d.code} ${d.message} at ${where}`);
  }
  if (!document || serious.length > 0) {
    failed = true;
    console.log(`  ${file}: INVALID (${serious.length} errors/warnings)`);
    continue;
  }
  const version = document.version();
  if (!version.startsWith('3.0.')) {
    failed = true;
    console.log(`  ${file}: asyncapi ${version}, expected 3.0.x`);
    continue;
  }
  const text = await readFile(file, 'utf8');
  console.log(`  ${file}: valid AsyncAPI ${version}: ${document.channels().length} channels, `
    + `${document.messages().length} messages, ${document.operations().length} operations (${text.length} bytes)`);
}
process.exit(failed ? 1 : 0);
