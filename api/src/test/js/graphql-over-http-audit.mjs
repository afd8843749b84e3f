// Audits a GraphQL endpoint with graphql-http's server audit, the GraphQL over HTTP
// specification's own conformance checks.
//
//   node graphql-over-http-audit.mjs <GraphQL endpoint URL>
//
// Prints every audit and its result. Exits 1 when a required audit fails: every MUST and SHOULD,
// and the audits of GET, which graphql-http rates MAY but Entente serves (queries over GET, a
// mutation over GET refused). The other MAY audits are reported, never required.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-over-http-audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

const GET_AUDITS = new Set(['5A70', '9C48', 'D6D5', '6A70']);
const level = (result) => result.name.split(' ')[0];
const required = (result) => level(result) !== 'MAY' || GET_AUDITS.has(result.id);

const results = await auditServer({ url });

const lines = [];
const tally = new Map();
for (const result of results) {
  const key = GET_AUDITS.has(result.id) ? 'MAY (GET, required here)' : level(result);
  const count = tally.get(key) ?? { passed: 0, total: 0 };
  count.total++;
  if (result.status === 'ok') count.passed++;
  tally.set(key, count);

  const mark = result.status === 'ok' ? 'pass' : required(result) ? 'FAIL' : 'note';
  lines.push(`${mark} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    const response = result.response;
    let body = '';
    try {
      body = await response.text();
    } catch {
      body = '(body already read by the audit)';
    }
    lines.push(`       ${result.reason}`);
    lines.push(
      `       answered ${response.status}, content-type ${response.headers.get('content-type')}: ${body.slice(0, 500)}`,
    );
  }
}

const failed = results.filter((result) => result.status !== 'ok' && required(result));
console.log(`GraphQL over HTTP audit (graphql-http) of ${url}`);
console.log(lines.join('\n'));
for (const [key, { passed, total }] of tally) {
  console.log(`${key}: ${passed} of ${total} passed`);
}
console.log(
  failed.length === 0
    ? 'Every required audit passed.'
    : `${failed.length} required audit(s) failed: ${failed.map((result) => result.id).join(', ')}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
