/**
 * A finding: what a check concluded about a span of a document, as plain data. Every finding is made
 * by {@link makeFinding}, which takes its default severity from the registry and its English
 * message from its detail; the server and the command line only render findings.
 */
import type { Span } from '../types';
import { diagnosticCodes, type DiagnosticCode, type Severity, type WordingOf } from './codes';
import { findingText, type FindingDetail } from './words';

export interface RelatedLocation {
  path: string;
  span: Span;
  message: string;
}

export interface Finding {
  path: string;
  span: Span;
  severity: Severity;
  code: DiagnosticCode;
  /** In English; {@link detail} words it in another language. */
  message: string;
  related: RelatedLocation[];
  /** Machine-readable payload for code actions (the other values of a conflict). */
  data?: unknown;
  /** What the finding is about, so that a front end can word its message in another language. */
  detail: FindingDetail;
}

/** The detail a code's findings carry. */
export type DetailOf<C extends DiagnosticCode> = Extract<FindingDetail, { kind: WordingOf<C> }>;

export function makeFinding<C extends DiagnosticCode>(
  code: C,
  path: string,
  span: Span,
  detail: DetailOf<C>,
  options: { severity?: Severity; related?: readonly { path: string; span: Span }[]; data?: unknown } = {},
): Finding {
  const text = findingText(detail);
  const finding: Finding = {
    path,
    span: { start: span.start, end: span.end },
    severity: options.severity ?? diagnosticCodes[code].severity,
    code,
    message: text.message,
    related: (options.related ?? []).map((related, i) => ({ path: related.path, span: { start: related.span.start, end: related.span.end }, message: text.related[i]! })),
    detail,
  };
  if (options.data !== undefined) finding.data = options.data;
  return finding;
}

/** Orders a document's findings by start, then code. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.code.localeCompare(b.code);
}
