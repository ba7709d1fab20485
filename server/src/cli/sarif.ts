/**
 * SARIF 2.1.0 output for `fincorpus check --format sarif`, for code-scanning dashboards in CI.
 */
import { pathToFileURL } from 'node:url';
import type { DiagnosticJson, RangeJson } from './report';
import { version } from '../version';

interface RuleDescription {
  id: string;
  name: string;
  short: string;
  full: string;
  level: 'error' | 'warning' | 'note';
}

/** Every diagnostic code the checks can report, with what it means. */
export const rules: readonly RuleDescription[] = [
  {
    id: 'conflicting-figure',
    name: 'ConflictingFigure',
    short: 'Documents state incompatible values for the same metric and period.',
    full: 'Two figures with the same subject, metric, unit family and overlapping as-of periods whose value intervals are disjoint.',
    level: 'error',
  },
  {
    id: 'differing-figure',
    name: 'DifferingFigure',
    short: 'Documents state different but compatible values (strict mode).',
    full: 'Two figures for the same metric and period whose intervals overlap but whose stated values differ; reported only in strict mode.',
    level: 'note',
  },
  {
    id: 'cumulative-decrease',
    name: 'CumulativeDecrease',
    short: 'A cumulative metric falls over time.',
    full: 'A running total (累计…, cumulative…) is reported lower at a later period than at an earlier one.',
    level: 'warning',
  },
  {
    id: 'mojibake',
    name: 'Mojibake',
    short: 'Garbled text from GBK decoded out of step.',
    full: 'A stretch of text whose two-byte GBK framing slipped; the message gives the likely original text.',
    level: 'warning',
  },
];

const levelOf: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

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
          level: levelOf[d.severity] ?? 'note',
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
