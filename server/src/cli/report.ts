/**
 * The command line's JSON contract (DESIGN §4): documents with mentions and claims, diagnostics
 * and metrics. Keys may be added; none may be renamed or removed without a major version.
 */
import type { MetricSeries } from '../core/corpusIndex';
import { settledSeverity, type DiagnosticCode } from '../core/findings/codes';
import { defaultSettings } from '../settings';
import { version } from '../version';
import type { LoadedCorpus } from './corpus';
import { documentJson, documentReportText, jsonAtDepth, rangeOf, type LinePositions, type RangeJson } from './documentJson';

export { rangeOf, type RangeJson } from './documentJson';

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
 * An object written as `JSON.stringify(object, null, 2)` would write it, one key at a time, with
 * arrays one element at a time: the report of a large corpus is longer than the longest string V8
 * can build, and its documents are written while the rest of the corpus is still being analysed.
 */
export class StreamedObject {
  private keys = 0;
  private elements = 0;

  constructor(private readonly write: (chunk: string) => void) {}

  /** A key and its whole value; an undefined value leaves the key out, as JSON.stringify does. */
  value(key: string, value: unknown): void {
    if (value === undefined) return;
    this.key(key);
    this.write(jsonAtDepth(value, 1));
  }

  beginArray(key: string): void {
    this.key(key);
    this.elements = 0;
  }

  element(value: unknown): void {
    this.elementText(jsonAtDepth(value, 2));
  }

  /** An element already laid out by {@link jsonAtDepth} at depth 2. */
  elementText(text: string): void {
    this.beginElement();
    this.write(text);
  }

  /** What goes before the next element, which the caller then writes itself. */
  beginElement(): void {
    this.write(`${this.elements === 0 ? '[' : ','}\n    `);
    this.elements++;
  }

  endArray(): void {
    this.write(this.elements === 0 ? '[]' : '\n  ]');
  }

  end(): void {
    this.write(this.keys === 0 ? '{}' : '\n}');
  }

  private key(key: string): void {
    this.write(`${this.keys === 0 ? '{' : ','}\n  ${JSON.stringify(key)}: `);
    this.keys++;
  }
}

/** Writes an object as `JSON.stringify(object, null, 2)` would, never holding more than one array element's text. */
export function writeJsonStreamed(write: (chunk: string) => void, entries: readonly [string, StreamedValue][]): void {
  const out = new StreamedObject(write);
  for (const [key, entry] of entries) {
    if (!('stream' in entry)) {
      out.value(key, entry.value);
      continue;
    }
    out.beginArray(key);
    for (const element of entry.stream) out.element(element);
    out.endArray();
  }
  out.end();
}

/**
 * The check report of {@link checkReport}, streamed: documents as they come (each already worded, see
 * {@link documentReportText}), then, once the corpus is complete, diagnostics and metrics one at a time.
 */
export class CheckReportWriter {
  private readonly out: StreamedObject;
  private started = false;

  /** `write` takes text, and the documents' elements as the UTF-8 bytes the analysis made of them. */
  constructor(private readonly write: (chunk: string | Uint8Array) => void) {
    this.out = new StreamedObject(write);
  }

  /** The next document's element of `documents`, in corpus order (see {@link documentReportText}). */
  document(element: Uint8Array): void {
    this.start();
    this.out.beginElement();
    this.write(element);
  }

  /** Ends `documents` and writes the rest; returns the number of error diagnostics. */
  finish(corpus: LoadedCorpus): number {
    this.start();
    this.out.endArray();
    const linesOf = new Map(corpus.documents.map((d) => [d.path, d.lines]));
    let errors = 0;
    this.out.beginArray('diagnostics');
    for (const diagnostic of eachDiagnostic(corpus)) {
      if (diagnostic.severity === 'error') errors++;
      this.out.element(diagnostic);
    }
    this.out.endArray();
    this.out.beginArray('metrics');
    for (const series of corpus.index.series()) this.out.element(metricJson(linesOf, series));
    this.out.endArray();
    this.out.value('problems', corpus.problems);
    this.out.end();
    return errors;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.out.value('tool', 'fincorpus');
    this.out.value('version', version);
    this.out.beginArray('documents');
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The whole check report of a corpus loaded with every document's facts, streamed. Returns the number of error diagnostics. */
export function writeCheckReport(write: (chunk: string) => void, corpus: LoadedCorpus): number {
  const writer = new CheckReportWriter((chunk) => write(typeof chunk === 'string' ? chunk : decoder.decode(chunk)));
  for (const document of corpus.documents) writer.document(encoder.encode(documentReportText(document)));
  return writer.finish(corpus);
}
