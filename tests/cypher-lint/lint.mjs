// Lints Cypher with Neo4j's own linter (@neo4j-cypher/language-support).
// stdin: a JSON array of {"name", "statement", "parameters"} (parameters: names to values, so the
// linter knows which $names are defined). stdout: a JSON array of {"name", "errors": [{"line",
// "column", "message"}]}, errors being the diagnostics of severity 1. Warnings are not errors.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const items = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const results = items.map(({ name, statement, parameters }) => {
  const { diagnostics } = lintCypherQuery(statement, { parameters: parameters ?? {} });
  const errors = diagnostics
    .filter((d) => d.severity === 1)
    .map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
  return { name, errors };
});
process.stdout.write(JSON.stringify(results));
