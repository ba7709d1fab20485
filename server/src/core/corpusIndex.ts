/**
 * The corpus index: every document's facts, reverse maps from claim keys to the documents that
 * state them, series per key and the findings of the conflict rules. An update re-checks only the
 * keys it touches. The parts live in `corpusIndex/`: the facts store with its reverse maps
 * (`factsStore.ts`), the per-key value classes and their pairs (`valueClasses.ts`), running totals
 * (`runningTotals.ts`), ignore entries (`ignoreRules.ts`) and the findings built from them
 * (`conflictFindings.ts`).
 *
 * Architecture invariant: the index never holds document text. Ignore entries that name figure
 * locations as "path:line:col" are resolved through the optional `lineStarts` table of
 * {@link DocumentFacts}; without it such entries cannot match.
 */
import { throwIfCancelled, neverCancelled, type CancellationToken } from './cancellation';
import type { CorpusConfig } from './config';
import { ConflictFindings } from './corpusIndex/conflictFindings';
import { FactsStore, type ProductMentions } from './corpusIndex/factsStore';
import { IgnoreRules } from './corpusIndex/ignoreRules';
import type { Observation } from './corpusIndex/observations';
import { AnalysisRules, KeyAnalyses, type FigureIntervals } from './corpusIndex/valueClasses';
import type { Severity } from './findings/codes';
import { documentFindings } from './findings/documentFindings';
import { compareFindings, type Finding } from './findings/finding';
import { MetricNormaliser } from './glossary';
import type { DocumentFacts } from './types';

export { claimKey, type Observation } from './corpusIndex/observations';
export { maxRelated, type ConflictData, type ConflictingValue } from './corpusIndex/conflictFindings';
export type { ProductMentions } from './corpusIndex/factsStore';

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

export interface CorpusIndexOptions {
  /** Severity of conflicting-figure findings (a user setting); error by default. */
  conflictSeverity?: Severity;
}

export class CorpusIndex {
  private readonly store = new FactsStore();
  private readonly intervals: FigureIntervals = new WeakMap();
  private readonly analyses: KeyAnalyses;
  private readonly conflicts: ConflictFindings;
  private conflictSeverity: Severity;
  /**
   * Revisions of the findings: every update, removal and change of the rules takes the next number, and
   * each key it touched and each document it updated keeps the number of its last change, so that a
   * document's findings have changed only when {@link findingsRevision} has.
   */
  private revisionCounter = 0;
  private rulesRevision = 0;
  private readonly keyRevisions = new Map<string, number>();
  private readonly pathRevisions = new Map<string, number>();

  constructor(config: CorpusConfig, options: CorpusIndexOptions = {}) {
    this.analyses = new KeyAnalyses(this.store, this.rulesFor(config));
    this.conflicts = new ConflictFindings(this.store, this.analyses);
    this.conflictSeverity = options.conflictSeverity ?? 'error';
  }

  setConfig(config: CorpusConfig): void {
    this.analyses.reset(this.rulesFor(config));
    this.rulesRevision = ++this.revisionCounter;
  }

  setConflictSeverity(severity: Severity): void {
    if (severity !== this.conflictSeverity) this.rulesRevision = ++this.revisionCounter;
    this.conflictSeverity = severity;
  }

  /**
   * A number that changes whenever the findings of a document may have (its own facts, the facts of
   * another document stating one of its keys, the rules), and only then: a document's findings are the
   * same as long as it is. Costs a look-up per key the document states.
   */
  findingsRevision(path: string): number {
    let revision = Math.max(this.rulesRevision, this.pathRevisions.get(path) ?? 0);
    for (const key of this.store.keySetOf(path)) revision = Math.max(revision, this.keyRevisions.get(key) ?? 0);
    return revision;
  }

  /** Adds or replaces a document; returns the paths whose cross-document findings may have changed. */
  update(facts: DocumentFacts, options: { collectAffected?: boolean } = {}): Set<string> {
    const { previous, touched } = this.store.put(facts);
    this.analyses.refresh(touched, previous, facts.path);
    this.revise(facts.path, touched, true);
    if (options.collectAffected === false) {
      // The caller re-checks everything afterwards (a full scan): collecting every document that shares
      // a key would cost O(n) per update, O(n²) for n documents stating one metric.
      return new Set([facts.path]);
    }
    return this.store.affectedBy(touched, facts.path);
  }

  remove(path: string): Set<string> {
    const { previous, touched } = this.store.delete(path);
    this.analyses.refresh(touched, previous, path);
    this.revise(path, touched, false);
    const affected = this.store.affectedBy(touched, path);
    affected.delete(path);
    return affected;
  }

  get(path: string): DocumentFacts | undefined {
    return this.store.get(path);
  }

  paths(): string[] {
    return this.store.paths();
  }

  /** The keys a document states. */
  keysOf(path: string): string[] {
    return this.store.keysOf(path);
  }

  /** Every observation of a key, sorted by as-of period, then path and position. */
  observations(key: string): Observation[] {
    return this.store.observations(key);
  }

  /** The documents that mention a product (by canonical name), sorted by path, with their mentions of it. */
  productMentions(canonical: string): ProductMentions[] {
    return this.store.productMentions(canonical);
  }

  /**
   * Every observation of a key, sorted like {@link observations}, cached with the key's analysis
   * until the key changes. Callers must not modify the array.
   */
  sortedObservations(key: string): readonly Observation[] {
    if (!this.store.hasKey(key)) return [];
    const analysis = this.analyses.analyse(key);
    return (analysis.sorted ??= this.store.observations(key));
  }

  /**
   * The observations of a key that carry a conflicting-figure finding (the figures that
   * {@link diagnostics} reports for their documents), from the key's cached analysis: a hover or a
   * chart asks this instead of computing every document's findings.
   */
  conflictingObservations(key: string): ReadonlySet<Observation> {
    if (!this.store.hasKey(key)) return new Set();
    return this.conflicts.conflictingObservations(key);
  }

  /** The series of one key, or undefined when no document states it. */
  seriesOf(key: string): MetricSeries | undefined {
    const observations = [...this.sortedObservations(key)];
    const first = observations[0];
    if (!first) return undefined;
    return {
      key,
      subject: first.claim.subject,
      metric: first.claim.metric,
      unit: first.claim.unit,
      observations,
      conflicts: this.analyses.conflictsOf(key),
    };
  }

  /** The series of a subject's claims, sorted by key (as {@link series} orders them). */
  seriesOfSubject(subject: string): MetricSeries[] {
    return this.store.keysOfSubject(subject).flatMap((key) => this.seriesOf(key) ?? []);
  }

  /** The cross-document findings of a document (conflicts, differences, decreasing running totals), sorted. */
  diagnostics(path: string, token: CancellationToken = neverCancelled): Finding[] {
    const found: Finding[] = [];
    for (const key of this.store.keysOf(path)) {
      throwIfCancelled(token);
      found.push(...this.conflicts.ofKey(path, key, this.conflictSeverity));
    }
    return found.sort(compareFindings);
  }

  /** Every finding of a document: those of {@link diagnostics} and the document's own (mojibake, unknown products), sorted. */
  findings(path: string, token: CancellationToken = neverCancelled): Finding[] {
    const facts = this.store.get(path);
    if (!facts) return [];
    return [...this.diagnostics(path, token), ...documentFindings(facts)].sort(compareFindings);
  }

  /** The number of conflicts over every key, as the series would count them, without building the series. */
  conflictTotal(): number {
    let total = 0;
    for (const key of this.store.keys()) total += this.analyses.conflictsOf(key);
    return total;
  }

  series(token: CancellationToken = neverCancelled): MetricSeries[] {
    const all: MetricSeries[] = [];
    for (const key of [...this.store.keys()].sort()) {
      throwIfCancelled(token);
      const series = this.seriesOf(key);
      if (series) all.push(series);
    }
    return all;
  }

  /** Gives the document and the keys an update or removal touched the next revision; keys no document states any more are forgotten. */
  private revise(path: string, touched: ReadonlySet<string>, present: boolean): void {
    const revision = ++this.revisionCounter;
    if (present) this.pathRevisions.set(path, revision);
    else this.pathRevisions.delete(path);
    for (const key of touched) {
      if (this.store.hasKey(key)) this.keyRevisions.set(key, revision);
      else this.keyRevisions.delete(key);
    }
  }

  private rulesFor(config: CorpusConfig): AnalysisRules {
    const ignore = new IgnoreRules(config, new MetricNormaliser(config), (path) => this.store.get(path));
    return new AnalysisRules(config, ignore, this.intervals);
  }
}
