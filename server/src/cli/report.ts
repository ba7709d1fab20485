/**
 * The command line's JSON contract (DESIGN §4): documents with mentions and claims, diagnostics
 * and metrics. Keys may be added; none may be renamed or removed without a major version.
 */
import { claimConfidence } from '../core/claims/confidence';
import type { MetricSeries } from '../core/corpusIndex';
import { settledSeverity, type DiagnosticCode } from '../core/findings/codes';
import type { Position } from '../core/lines';
import type { Mention, Span } from '../core/types';
import { defaultSettings } from '../settings';
import { version } from '../version';
import type { LinePositions, LoadedCorpus, LoadedDocument } from './corpus';

export interface RangeJson {
  start: Position;
  end: Position;
}

export function rangeOf(lines: LinePositions, span: Span): RangeJson {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

function mentionJson(lines: LinePositions, mention: Mention): Record<string, unknown> {
  const base = { kind: mention.kind, range: rangeOf(lines, mention), text: mention.text };
  switch (mention.kind) {
    case 'figure':
      return {
        ...base,
        value: mention.value,
        low: mention.low,
        high: mention.high,
        qualifier: mention.qualifier,
        unit: mention.unit,
        counter: mention.counter,
        precision: mention.precision,
      };
    case 'date':
      return { ...base, start: mention.period.start, end: mention.period.end, granularity: mention.granularity, relative: mention.relative };
    case 'product':
      return { ...base, canonical: mention.canonical, entityKind: mention.entityKind, owner: mention.owner };
  }
}

export interface DiagnosticJson {
  path: string;
  range: RangeJson;
  severity: string;
  code: DiagnosticCode;
  message: string;
  related: { path: string; range: RangeJson; message: string }[];
}

/** Every finding of the corpus, with severities from the default settings; "off" codes are dropped. */
export function collectDiagnostics(corpus: LoadedCorpus): DiagnosticJson[] {
  return [...eachDiagnostic(corpus)];
}

/** The diagnostics of {@link collectDiagnostics}, one document at a time, in the same order. */
export function* eachDiagnostic(corpus: LoadedCorpus): Generator<DiagnosticJson> {
  const linesOf = new Map(corpus.documents.map((d) => [d.path, d.lines]));
  for (const document of corpus.documents) {
    for (const finding of corpus.index.findings(document.path)) {
      const severity = settledSeverity(finding.code, finding.severity, defaultSettings.severity);
      if (severity === 'off') continue;
      yield {
        path: finding.path,
        range: rangeOf(document.lines, finding.span),
        severity,
        code: finding.code,
        message: finding.message,
        related: finding.related.flatMap((r) => {
          const relatedLines = linesOf.get(r.path);
          return relatedLines ? [{ path: r.path, range: rangeOf(relatedLines, r.span), message: r.message }] : [];
        }),
      };
    }
  }
}

export function metricsJson(corpus: LoadedCorpus, series: readonly MetricSeries[]): Record<string, unknown>[] {
  const linesOf = new Map(corpus.documents.map((d) => [d.path, d.lines]));
  return series.map((s) => metricJson(linesOf, s));
}

function metricJson(linesOf: ReadonlyMap<string, LinePositions>, s: MetricSeries): Record<string, unknown> {
  return {
    subject: s.subject,
    metric: s.metric,
    unit: s.unit,
    observations: s.observations.flatMap((o) => {
      const lines = linesOf.get(o.path);
      if (!lines) return [];
      return [
        {
          path: o.path,
          range: rangeOf(lines, o.figure),
          text: o.figure.text,
          asOf: o.claim.asOf,
          value: o.figure.value,
          low: o.figure.low,
          high: o.figure.high,
          qualifier: o.figure.qualifier,
        },
      ];
    }),
    conflicts: s.conflicts,
  };
}

function documentJson(d: LoadedDocument): Record<string, unknown> {
  return {
    path: d.path,
    date: d.facts.documentDate?.date ?? null,
    encoding: d.encoding,
    language: d.facts.language,
    mentions: d.facts.mentions.map((m) => mentionJson(d.lines, m)),
    claims: d.facts.claims.map((c) => ({ subject: c.subject, metric: c.metric, unit: c.unit, asOf: c.asOf, mention: c.mention, cumulative: c.cumulative, provenance: c.provenance, confidence: claimConfidence(c.provenance) })),
    numericRuns: d.facts.numericRuns.map((r) => ({ range: rangeOf(d.lines, r), text: r.text })),
  };
}

export function checkReport(corpus: LoadedCorpus, diagnostics: readonly DiagnosticJson[]): Record<string, unknown> {
  return {
    tool: 'fincorpus',
    version,
    documents: corpus.documents.map(documentJson),
    diagnostics,
    metrics: metricsJson(corpus, corpus.index.series()),
    problems: corpus.problems,
  };
}

/** A value of a streamed object: written whole, or an array written one element at a time. */
type StreamedValue = { stream: Iterable<unknown> } | { value: unknown };

/**
 * Writes an object as `JSON.stringify(object, null, 2)` would, but never holds more than one array
 * element's text: the report of a large corpus is longer than the longest string V8 can build.
 */
export function writeJsonStreamed(write: (chunk: string) => void, entries: readonly [string, StreamedValue][]): void {
  // A value nested in `depth` one-element arrays is laid out with the indentation it has at that
  // depth; the wrappers' own brackets are cut off again (cheaper than re-indenting every line).
  const cuts = new Map<number, [number, number]>();
  const indented = (value: unknown, indent: string): string => {
    const depth = indent.length / 2;
    let wrapped: unknown = value === undefined || typeof value === 'function' ? null : value;
    for (let i = 0; i < depth; i++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    let cut = cuts.get(depth);
    if (!cut) {
      let probe: unknown = null;
      for (let i = 0; i < depth; i++) probe = [probe];
      const layout = JSON.stringify(probe, null, 2);
      const at = layout.indexOf('null');
      cuts.set(depth, (cut = [at, layout.length - at - 4]));
    }
    return text.slice(cut[0], text.length - cut[1]);
  };
  const visible = entries.filter(([, entry]) => 'stream' in entry || entry.value !== undefined);
  if (visible.length === 0) {
    write('{}');
    return;
  }
  write('{');
  visible.forEach(([key, entry], i) => {
    write(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (!('stream' in entry)) {
      write(indented(entry.value, '  '));
      return;
    }
    let count = 0;
    for (const element of entry.stream) {
      write(`${count === 0 ? '[' : ','}\n    ${indented(element === undefined || typeof element === 'function' ? null : element, '    ')}`);
      count++;
    }
    write(count === 0 ? '[]' : '\n  ]');
  });
  write('\n}');
}

/**
 * The check report of {@link checkReport}, streamed: documents, diagnostics and metrics are worded
 * one at a time. Returns the number of error diagnostics.
 */
export function writeCheckReport(write: (chunk: string) => void, corpus: LoadedCorpus): number {
  const linesOf = new Map(corpus.documents.map((d) => [d.path, d.lines]));
  let errors = 0;
  function* diagnostics(): Generator<DiagnosticJson> {
    for (const diagnostic of eachDiagnostic(corpus)) {
      if (diagnostic.severity === 'error') errors++;
      yield diagnostic;
    }
  }
  function* metrics(): Generator<Record<string, unknown>> {
    for (const series of corpus.index.series()) yield metricJson(linesOf, series);
  }
  function* documents(): Generator<Record<string, unknown>> {
    for (const document of corpus.documents) yield documentJson(document);
  }
  writeJsonStreamed(write, [
    ['tool', { value: 'fincorpus' }],
    ['version', { value: version }],
    ['documents', { stream: documents() }],
    ['diagnostics', { stream: diagnostics() }],
    ['metrics', { stream: metrics() }],
    ['problems', { value: corpus.problems }],
  ]);
  return errors;
}
