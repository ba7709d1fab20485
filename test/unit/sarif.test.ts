import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { sarifLog } from '../../server/src/cli/sarif';
import type { DiagnosticJson } from '../../server/src/cli/report';

/**
 * The official SARIF 2.1.0 JSON schema is not published on npm as a file of its own; the pinned
 * devDependency @datadog/datadog-ci-plugin-sarif bundles it as an object literal, which is read
 * from there so that the project ships no copy of it.
 */
function officialSarifSchema(): Record<string, unknown> {
  const bundle = readFileSync(join('node_modules', '@datadog', 'datadog-ci-plugin-sarif', 'dist', 'bundle.js'), 'utf8');
  const marker = 'var sarif_schema_2_1_0_default = ';
  const start = bundle.indexOf(marker) + marker.length;
  assert.ok(start > marker.length, 'the bundled SARIF schema is where it was');
  let depth = 0;
  let quote: string | null = null;
  let end = start;
  for (; end < bundle.length; end++) {
    const char = bundle[end]!;
    if (quote) {
      if (char === '\\') end++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) break;
  }
  const schema = new Function(`return ${bundle.slice(start, end + 1)}`)() as Record<string, unknown>;
  assert.equal(schema.title, 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
  return schema;
}

describe('SARIF output', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(officialSarifSchema());
  const errors = () => JSON.stringify(validate.errors?.slice(0, 5), null, 1);

  const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  const diagnostics: DiagnosticJson[] = [
    {
      path: 'corpus/甲 report.txt',
      range: range(3, 4, 10),
      severity: 'error',
      code: 'conflicting-figure',
      message: '微业贷 授信客户: 超150万户 conflicts with 120万户',
      related: [{ path: 'corpus/b.txt', range: range(0, 0, 5), message: '120万户 (2024-06-30)' }],
    },
    { path: 'corpus/c.txt', range: range(9, 1, 2), severity: 'warning', code: 'mojibake', message: 'Garbled text', related: [] },
    { path: 'corpus/c.txt', range: range(1, 1, 2), severity: 'hint', code: 'unknown-product', message: 'Unknown', related: [] },
  ];

  it('validates against the official SARIF 2.1.0 schema', () => {
    const valid = validate(sarifLog(diagnostics, '/corpus root'));
    assert.ok(valid, errors());
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = sarifLog(diagnostics) as { runs: { results: Record<string, unknown>[] }[] };
    delete log.runs[0]!.results[0]!.message;
    assert.equal(validate(log), false);
  });

  it('maps positions to 1-based lines and columns, severities to levels, and keeps related locations', () => {
    const log = sarifLog(diagnostics, '/corpus root') as any;
    const [run] = log.runs;
    const [conflict, mojibake, hint] = run.results;
    assert.equal(conflict.ruleId, 'conflicting-figure');
    assert.equal(run.tool.driver.rules[conflict.ruleIndex].id, 'conflicting-figure');
    assert.equal(conflict.level, 'error');
    assert.deepEqual(conflict.locations[0].physicalLocation.region, { startLine: 4, startColumn: 5, endLine: 4, endColumn: 11 });
    assert.equal(conflict.locations[0].physicalLocation.artifactLocation.uri, 'corpus/%E7%94%B2%20report.txt');
    assert.equal(conflict.relatedLocations[0].message.text, '120万户 (2024-06-30)');
    assert.equal(mojibake.level, 'warning');
    assert.equal(hint.level, 'note');
    assert.equal(run.tool.driver.rules[hint.ruleIndex].id, 'unknown-product');
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, 'file:///corpus%20root/');
  });

  it('the command line emits a valid log for seeds/', () => {
    const result = spawnSync(process.execPath, [join('server', 'out', 'cli.js'), 'check', 'seeds', '--format', 'sarif'], { encoding: 'utf8' });
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const log = JSON.parse(result.stdout) as { runs: { tool: { driver: { name: string } } }[] };
    const valid: boolean = validate(log);
    assert.ok(valid, errors());
    assert.equal(log.runs[0].tool.driver.name, 'fincorpus');
  });
});
