// Validates docs/asyncapi.yaml with @asyncapi/parser (the AsyncAPI initiative's reference parser): the
// document against the AsyncAPI 3.0 schema and its rules, every $ref resolved, the Avro schema files too.
// Exits 1 on any error; warnings are printed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile } from '@asyncapi/parser';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'asyncapi.yaml');
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics.filter((d) => d.severity === 1)) console.warn(`warning: ${d.message} at ${d.path.join('.')}`);
if (!document || errors.length) {
  console.error(`docs/asyncapi.yaml: ${errors.length} error(s)\n- ${errors.map((d) => `${d.message} at ${d.path.join('.')}`).join('\n- ')}`);
  process.exit(1);
}
console.log(`docs/asyncapi.yaml is valid: ${document.channels().length} channels, ${document.operations().length} operations, `
  + `${document.components().messages().length} messages`);
