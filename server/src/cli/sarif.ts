/**
 * SARIF 2.1.0 output for `fincorpus check --format sarif`, for code-scanning dashboards in CI.
 */
import { pathToFileURL } from 'node:url';
import { allDiagnosticCodes, diagnosticCodes, type Severity } from '../core/findings/codes';
import type { DiagnosticJson, RangeJson } from './report';
import { version } from '../version';

const levelOf: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Every diagnostic code the checks can report, with what it means, from the registry. */
export const rules = allDiagnosticCodes.map((id) => {
  const { sarif, severity } = diagnosticCodes[id];
  return { id, name: sarif.name, short: sarif.short, full: sarif.full, level: levelOf[severity] };
});

function region(range: RangeJson) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function location(path: string, range: RangeJson) {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(path), uriBaseId: 'SRCROOT' }, region: region(range) } };
}

export function sarifLog(diagnostics: readonly DiagnosticJson[], root = process.cwd()): Record<string, unknown> {
  const known = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fincorpus',
            version,
            semanticVersion: version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.short },
              fullDescription: { text: rule.full },
              defaultConfiguration: { level: rule.level },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ...(known.has(d.code) ? { ruleIndex: known.get(d.code) } : {}),
          level: levelOf[d.severity as Severity] ?? 'note',
          message: { text: d.message },
          locations: [location(d.path, d.range)],
          ...(d.related.length
            ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(r.path, r.range), message: { text: r.message } })) }
            : {}),
        })),
      },
    ],
  };
}
