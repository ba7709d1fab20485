/**
 * One document's part of the `check --format json` report (DESIGN §4), and the layout of JSON
 * written piece by piece. Kept apart from the rest of the report so that the analysis workers can
 * word each document's part where its facts are, and the command line only writes the text.
 */
import { claimConfidence } from '../core/claims/confidence';
import { positionIn, type Position } from '../core/lines';
import type { DocumentFacts, Mention, Span } from '../core/types';

/** Offsets to 0-based line/character positions, from a line table and the text's length alone. */
export class LinePositions {
  constructor(
    private readonly lineStarts: ArrayLike<number>,
    private readonly length: number,
  ) {}

  positionAt(offset: number): Position {
    return positionIn(this.lineStarts, this.length, offset);
  }
}

export interface RangeJson {
  start: Position;
  end: Position;
}

export function rangeOf(lines: LinePositions, span: Span): RangeJson {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

// Object literals with every key in place, not spreads of a shared base: a document has thousands of mentions.
function mentionJson(lines: LinePositions, mention: Mention): Record<string, unknown> {
  const range = rangeOf(lines, mention);
  switch (mention.kind) {
    case 'figure':
      return {
        kind: mention.kind,
        range,
        text: mention.text,
        value: mention.value,
        low: mention.low,
        high: mention.high,
        qualifier: mention.qualifier,
        unit: mention.unit,
        counter: mention.counter,
        precision: mention.precision,
      };
    case 'date':
      return { kind: mention.kind, range, text: mention.text, start: mention.period.start, end: mention.period.end, granularity: mention.granularity, relative: mention.relative };
    case 'product':
      return { kind: mention.kind, range, text: mention.text, canonical: mention.canonical, entityKind: mention.entityKind, owner: mention.owner };
  }
}

/** What a document's part of the report is made of. */
export interface ReportedDocument {
  /** Path as shown to the user. */
  path: string;
  encoding: string;
  lines: LinePositions;
  facts: DocumentFacts;
}

export function documentJson(d: ReportedDocument): Record<string, unknown> {
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

/** Where the wrapping brackets end and begin again in `JSON.stringify` of a value nested `depth` arrays deep. */
const cuts = new Map<number, [number, number]>();

/**
 * A value laid out as `JSON.stringify(…, null, 2)` lays it out at `depth` levels of nesting (two
 * spaces each), without the indentation of its first line. The value is wrapped in `depth`
 * one-element arrays and their brackets cut off again, which is cheaper than re-indenting every line.
 */
export function jsonAtDepth(value: unknown, depth: number): string {
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
}

/** A document's element of the report's `documents` array, laid out where the report puts it. */
export function documentReportText(d: ReportedDocument): string {
  return jsonAtDepth(documentJson(d), 2);
}
