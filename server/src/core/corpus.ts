/**
 * The corpus index: every document's facts, reverse maps from claim keys to the documents that
 * state them, series per key and the conflict rules. An update re-checks only the keys it touches.
 *
 * Architecture invariant: the index never holds document text. Ignore entries that name figure
 * locations as "path:line:col" are resolved through the optional `lineStarts` table of
 * {@link DocumentFacts}; without it such entries cannot match.
 */
import { throwIfCancelled, neverCancelled, type CancellationToken } from './cancellation';
import type { CorpusConfig, IgnoreEntry } from './config';
import { compareIntervals, comparePeriods, entirelyBelow, intervalSignature, sameAsOf, toleranceDecimal, valueInterval, type ValueInterval } from './conflicts';
import { findingText, type FindingDetail, type FindingFigure } from './findings';
import { MetricNormaliser } from './glossary';
import type { Decimal } from './decimal';
import type { Claim, DocumentFacts, FigureMention, Period, Span } from './types';

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
  /** What a cross-document finding is about, so that a front end can word its message in another language. */
  detail?: FindingDetail;
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

/** One other figure of a conflict, as the "use value from …" code action needs it. */
export interface ConflictingValue {
  path: string;
  span: Span;
  text: string;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: FigureMention['qualifier'];
  asOf: Claim['asOf'];
}

/** The `data` of a conflicting-figure, differing-figure or cumulative-decrease diagnostic. */
export interface ConflictData {
  key: string;
  subject: string;
  metric: string;
  unit: string;
  others: ConflictingValue[];
}

export interface CorpusIndexOptions {
  /** Severity of conflicting-figure diagnostics (a user setting); error by default. */
  conflictSeverity?: Severity;
}

export const conflictCodes = {
  conflict: 'conflicting-figure',
  difference: 'differing-figure',
  cumulativeDecrease: 'cumulative-decrease',
} as const;

export function claimKey(claim: Pick<Claim, 'subject' | 'metric' | 'unit'>): string {
  return `${claim.subject}\u0000${claim.metric}\u0000${claim.unit}`;
}

interface Pair {
  first: Observation;
  second: Observation;
}

/** Figures of one key and moment that admit exactly the same values. */
interface ValueClass {
  period: Period;
  interval: ValueInterval;
  /** A running total as of a day (累计… 截至2023年末), which a flow over a period never equals. */
  runningTotal: boolean;
  members: Observation[];
}

/** Two classes of one moment whose values clash (or, for differences, differ compatibly). */
interface ClassPair {
  first: ValueClass;
  second: ValueClass;
}

/** Everything the rules conclude about one key; computed lazily and dropped when the key changes. */
interface KeyAnalysis {
  conflicts: ClassPair[];
  /** Number of conflicting figure pairs, after pair ignore entries. */
  conflictCount: number;
  /** Compatible but different values at the same moment (computed in strict mode only). */
  differences: ClassPair[];
  /** `second` is a later, lower value of a running total than `first`. */
  decreases: Pair[];
  /** Every observation of the key, sorted (before ignore entries); filled on first use. */
  sorted?: Observation[];
  /** The observations that carry a conflicting-figure diagnostic; filled on first use. */
  conflicting?: Set<Observation>;
}

export class CorpusIndex {
  private readonly documents = new Map<string, DocumentFacts>();
  /** Key → path → that document's observations of the key. */
  private readonly observationsByKey = new Map<string, Map<string, Observation[]>>();
  private readonly keysByPath = new Map<string, Set<string>>();
  private readonly analyses = new Map<string, KeyAnalysis>();
  /** Per list of class pairs of an analysis: the classes each path has members in, and the pairs of each class. */
  private readonly pairIndexes = new WeakMap<readonly ClassPair[], { classesByPath: Map<string, ValueClass[]>; pairsByClass: Map<ValueClass, number[]> }>();
  /** Each key's observations in sorted order, by the key's path map (dropped with the map when the key goes). */
  private readonly sortedByKeyMap = new WeakMap<Map<string, Observation[]>, Observation[]>();
  /** The per-path observation lists already merged into a sorted order (an update replaces a list, never extends it). */
  private readonly sortedLists = new WeakSet<Observation[]>();
  /** Each figure's admitted values with the tolerance they were computed for (figures are immutable). */
  private readonly intervals = new WeakMap<FigureMention, { tolerance: number; interval: ValueInterval | null; signature?: string }>();
  private normaliser: MetricNormaliser;
  private conflictSeverity: Severity;

  constructor(
    private config: CorpusConfig,
    options: CorpusIndexOptions = {},
  ) {
    this.normaliser = new MetricNormaliser(config);
    this.conflictSeverity = options.conflictSeverity ?? 'error';
  }

  setConfig(config: CorpusConfig): void {
    this.config = config;
    this.normaliser = new MetricNormaliser(config);
    this.analyses.clear();
  }

  setConflictSeverity(severity: Severity): void {
    this.conflictSeverity = severity;
  }

  /** Adds or replaces a document; returns the paths whose cross-document diagnostics may have changed. */
  update(facts: DocumentFacts, options: { collectAffected?: boolean } = {}): Set<string> {
    const touched = this.detach(facts.path);
    this.documents.set(facts.path, facts);
    const keys = new Set<string>();
    facts.claims.forEach((claim) => {
      const figure = facts.mentions[claim.mention];
      if (!figure || figure.kind !== 'figure') return;
      const key = claimKey(claim);
      keys.add(key);
      touched.add(key);
      let byPath = this.observationsByKey.get(key);
      if (!byPath) this.observationsByKey.set(key, (byPath = new Map()));
      let list = byPath.get(facts.path);
      if (!list) byPath.set(facts.path, (list = []));
      list.push({ path: facts.path, mention: claim.mention, figure, claim });
    });
    this.keysByPath.set(facts.path, keys);
    if (options.collectAffected === false) {
      // The caller re-checks everything afterwards (a full scan): collecting every document that shares
      // a key would cost O(n) per update, O(n²) for n documents stating one metric.
      for (const key of touched) this.analyses.delete(key);
      return new Set([facts.path]);
    }
    return this.affectedBy(touched, facts.path);
  }

  remove(path: string): Set<string> {
    const touched = this.detach(path);
    this.documents.delete(path);
    const affected = this.affectedBy(touched, path);
    affected.delete(path);
    return affected;
  }

  get(path: string): DocumentFacts | undefined {
    return this.documents.get(path);
  }

  paths(): string[] {
    return [...this.documents.keys()].sort();
  }

  /** The keys a document states. */
  keysOf(path: string): string[] {
    return [...(this.keysByPath.get(path) ?? [])].sort();
  }

  /** Every observation of a key, sorted by as-of period, then path and position. */
  observations(key: string): Observation[] {
    const byPath = this.observationsByKey.get(key);
    if (!byPath) return [];
    return [...this.sortedOf(byPath)];
  }

  /**
   * The observations of one key's map, sorted, kept between updates: an update replaces a document's
   * lists, so the sorted order of the others is kept and only the new lists are sorted and merged in
   * (an edit of one document costs a pass over the key, not a sort of it).
   */
  private sortedOf(byPath: Map<string, Observation[]>): Observation[] {
    const previous = this.sortedByKeyMap.get(byPath);
    const fresh: Observation[] = [];
    for (const list of byPath.values()) {
      if (previous && this.sortedLists.has(list)) continue;
      this.sortedLists.add(list);
      for (const observation of list) fresh.push(observation);
    }
    let sorted: Observation[];
    if (!previous) {
      sorted = fresh.sort(compareObservations);
    } else {
      // Lists an update replaced or a removal dropped are no longer the path's list.
      const kept = previous.filter((observation) => byPath.get(observation.path)?.includes(observation) === true);
      if (fresh.length === 0 && kept.length === previous.length) return previous;
      fresh.sort(compareObservations);
      sorted = mergeSorted(kept, fresh);
    }
    this.sortedByKeyMap.set(byPath, sorted);
    return sorted;
  }

  /**
   * Every observation of a key, sorted like {@link observations}, cached with the key's analysis
   * until the key changes. Callers must not modify the array.
   */
  sortedObservations(key: string): readonly Observation[] {
    if (!this.observationsByKey.has(key)) return [];
    const analysis = this.analyse(key);
    return (analysis.sorted ??= this.observations(key));
  }

  /**
   * The observations of a key that carry a conflicting-figure diagnostic (the figures that
   * {@link diagnostics} reports for their documents), from the key's cached analysis: a hover or a
   * chart asks this instead of computing every document's diagnostics.
   */
  conflictingObservations(key: string): ReadonlySet<Observation> {
    if (!this.observationsByKey.has(key)) return new Set();
    const analysis = this.analyse(key);
    if (analysis.conflicting) return analysis.conflicting;
    const conflicting = new Set<Observation>();
    const pairIgnores = this.config.ignore.some((entry) => 'pair' in entry);
    for (const { first, second } of analysis.conflicts) {
      for (const [ownClass, otherClass] of [
        [first, second],
        [second, first],
      ] as const) {
        // The same test as pairDiagnostics: some figure of the other class in another document, not ignored.
        const paths = new Set(otherClass.members.map((other) => other.path));
        for (const own of ownClass.members) {
          if (conflicting.has(own)) continue;
          const clashes = pairIgnores
            ? otherClass.members.some((other) => other.path !== own.path && !this.ignoredPair(own, other))
            : paths.size > 1 || !paths.has(own.path);
          if (clashes) conflicting.add(own);
        }
      }
    }
    analysis.conflicting = conflicting;
    return conflicting;
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
      conflicts: this.analyse(key).conflictCount,
    };
  }

  diagnostics(path: string, token: CancellationToken = neverCancelled): CorpusDiagnostic[] {
    const diagnostics: CorpusDiagnostic[] = [];
    for (const key of this.keysOf(path)) {
      throwIfCancelled(token);
      const analysis = this.analyse(key);
      diagnostics.push(...this.pairDiagnostics(path, key, this.pairsInvolving(analysis.conflicts, path), conflictCodes.conflict, this.conflictSeverity));
      if (this.config.rules.strict) {
        diagnostics.push(...this.pairDiagnostics(path, key, this.pairsInvolving(analysis.differences, path), conflictCodes.difference, 'information'));
      }
      for (const { first, second } of analysis.decreases) {
        if (second.path !== path) continue;
        const detail: FindingDetail = {
          kind: 'cumulative-decrease',
          subject: second.claim.subject,
          metric: second.claim.metric,
          own: findingFigure(second),
          earlier: findingFigure(first),
        };
        const text = findingText(detail);
        diagnostics.push({
          path,
          span: spanOf(second.figure),
          severity: 'warning',
          code: conflictCodes.cumulativeDecrease,
          message: text.message,
          related: [{ path: first.path, span: spanOf(first.figure), message: text.related[0]! }],
          data: this.dataFor(key, second.claim, [first]),
          detail,
        });
      }
    }
    return diagnostics.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  }

  /** The number of conflicts over every key, as the series would count them, without building the series. */
  conflictTotal(): number {
    let total = 0;
    for (const key of this.observationsByKey.keys()) total += this.analyse(key).conflictCount;
    return total;
  }

  series(token: CancellationToken = neverCancelled): MetricSeries[] {
    const all: MetricSeries[] = [];
    for (const key of [...this.observationsByKey.keys()].sort()) {
      throwIfCancelled(token);
      const series = this.seriesOf(key);
      if (series) all.push(series);
    }
    return all;
  }

  /** Removes a document's observations; returns the keys it stated. */
  private detach(path: string): Set<string> {
    const keys = this.keysByPath.get(path) ?? new Set<string>();
    for (const key of keys) {
      const byPath = this.observationsByKey.get(key);
      byPath?.delete(path);
      if (byPath && byPath.size === 0) this.observationsByKey.delete(key);
    }
    this.keysByPath.delete(path);
    return new Set(keys);
  }

  /** Drops the cached analyses of the touched keys and returns every path that states one of them. */
  private affectedBy(touched: Set<string>, path: string): Set<string> {
    const affected = new Set<string>([path]);
    for (const key of touched) {
      this.analyses.delete(key);
      for (const other of this.observationsByKey.get(key)?.keys() ?? []) affected.add(other);
    }
    return affected;
  }

  private analyse(key: string): KeyAnalysis {
    const cached = this.analyses.get(key);
    if (cached) return cached;
    const observations = this.observations(key).filter((observation) => !this.ignoredObservation(observation));
    const analysis: KeyAnalysis = { conflicts: [], conflictCount: 0, differences: [], decreases: [] };

    // Only observations of the same moment can conflict, and same-moment pairs share the period end.
    // Within a moment, figures stating the same values form one class, so that a statement repeated
    // across many documents costs one comparison per class pair rather than one per document pair.
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    const classesByEnd = new Map<string, Map<string, ValueClass>>();
    for (const observation of observations) {
      const interval = this.intervalOf(observation.figure, tolerance);
      if (!interval) continue;
      const { asOf } = observation.claim;
      const runningTotal = isRunningTotal(observation);
      const signature = `${asOf.start} ${runningTotal ? 'Σ' : ''}${this.signatureOf(observation.figure, interval)}`;
      let classes = classesByEnd.get(asOf.end);
      if (!classes) classesByEnd.set(asOf.end, (classes = new Map()));
      const existing = classes.get(signature);
      if (existing) existing.members.push(observation);
      else classes.set(signature, { period: asOf, interval, runningTotal, members: [observation] });
    }
    for (const classes of classesByEnd.values()) {
      const list = [...classes.values()];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const first = list[i]!;
          const second = list[j]!;
          if (!sameAsOf(first.period, second.period)) continue;
          // A running total at year end (累计发放2000亿元) and the year's flow (全年发放620亿元) share a key, not a value.
          if (first.runningTotal !== second.runningTotal && (isSpan(first.period) || isSpan(second.period))) continue;
          const verdict = compareIntervals(first.interval, second.interval);
          if (verdict === 'conflict') {
            analysis.conflicts.push({ first, second });
            analysis.conflictCount += this.countUnignoredPairs(first, second);
          } else if (verdict === 'differ' && this.config.rules.strict) analysis.differences.push({ first, second });
        }
      }
    }
    if (this.config.rules.cumulativeDecrease) analysis.decreases = this.findDecreases(observations);
    this.analyses.set(key, analysis);
    return analysis;
  }

  /**
   * A running total must not fall: each observation is compared with the earlier observation
   * whose lowest admitted value is highest, so the work stays linear after sorting.
   */
  private findDecreases(sorted: readonly Observation[]): Pair[] {
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    const decreases: Pair[] = [];
    let highestEarlier: { observation: Observation; interval: ValueInterval } | null = null;
    let pending: { observation: Observation; interval: ValueInterval }[] = [];
    let pendingEnd: string | null = null;
    const promote = () => {
      for (const candidate of pending) {
        if (!candidate.interval.low) continue;
        if (!highestEarlier || !highestEarlier.interval.low || candidate.interval.low.compare(highestEarlier.interval.low) > 0) {
          highestEarlier = candidate;
        }
      }
      pending = [];
    };
    for (const observation of sorted) {
      // A total over a period (2023年累计发放620亿元) is a flow, not the running total since inception.
      if (isSpan(observation.claim.asOf)) continue;
      const interval = this.intervalOf(observation.figure, tolerance);
      if (!interval) continue;
      // Observations of the same moment are compared by the conflict rule, not this one.
      if (observation.claim.asOf.end !== pendingEnd) {
        promote();
        pendingEnd = observation.claim.asOf.end;
      }
      const earlier = highestEarlier as { observation: Observation; interval: ValueInterval } | null;
      if (
        earlier &&
        (earlier.observation.claim.cumulative || observation.claim.cumulative) &&
        entirelyBelow(interval, earlier.interval) &&
        !this.ignoredPair(earlier.observation, observation)
      ) {
        decreases.push({ first: earlier.observation, second: observation });
      }
      pending.push({ observation, interval });
    }
    return decreases;
  }

  private countUnignoredPairs(first: ValueClass, second: ValueClass): number {
    if (!this.config.ignore.some((entry) => 'pair' in entry)) {
      // Every cross-document pair: all pairs less those within one document, counted per path.
      const perPath = new Map<string, number>();
      for (const a of first.members) perPath.set(a.path, (perPath.get(a.path) ?? 0) + 1);
      let samePath = 0;
      for (const b of second.members) samePath += perPath.get(b.path) ?? 0;
      return first.members.length * second.members.length - samePath;
    }
    let count = 0;
    for (const a of first.members) for (const b of second.members) if (a.path !== b.path && !this.ignoredPair(a, b)) count++;
    return count;
  }

  private pairDiagnostics(path: string, key: string, pairs: readonly ClassPair[], code: string, severity: Severity): CorpusDiagnostic[] {
    // One diagnostic per participating figure of this document, listing every figure it clashes with.
    const othersByFigure = new Map<number, { own: Observation; others: Observation[] }>();
    for (const { first, second } of pairs) {
      for (const [ownClass, otherClass] of [
        [first, second],
        [second, first],
      ] as const) {
        for (const own of ownClass.members) {
          if (own.path !== path) continue;
          // Figures of one document that share a key but differ describe different things more often
          // than a document contradicts itself (获贷率 of two populations): only documents conflict.
          const others = otherClass.members.filter((other) => other.path !== own.path && !this.ignoredPair(own, other));
          if (others.length === 0) continue;
          const entry = othersByFigure.get(own.mention);
          if (entry) entry.others.push(...others);
          else othersByFigure.set(own.mention, { own, others });
        }
      }
    }
    return [...othersByFigure.values()].map(({ own, others }) => {
      others.sort(compareObservations);
      const detail: FindingDetail = {
        kind: code === conflictCodes.conflict ? 'conflict' : 'difference',
        subject: own.claim.subject,
        metric: own.claim.metric,
        own: findingFigure(own),
        others: others.map(findingFigure),
      };
      const text = findingText(detail);
      return {
        path,
        span: spanOf(own.figure),
        severity,
        code,
        message: text.message,
        related: others
          .slice(0, maxRelated)
          .map((other, i) => ({ path: other.path, span: spanOf(other.figure), message: text.related[i]! })),
        data: this.dataFor(key, own.claim, others),
        detail,
      };
    });
  }

  private dataFor(key: string, claim: Claim, others: readonly Observation[]): ConflictData {
    return {
      key,
      subject: claim.subject,
      metric: claim.metric,
      unit: claim.unit,
      // Code actions offer the first few values; a figure repeated across a corpus must not copy them all.
      others: others.slice(0, maxRelated).map((other) => ({
        path: other.path,
        span: spanOf(other.figure),
        text: other.figure.text,
        value: other.figure.value,
        low: other.figure.low,
        high: other.figure.high,
        qualifier: other.figure.qualifier,
        asOf: other.claim.asOf,
      })),
    };
  }

  /**
   * The pairs of a key's analysis with a member in the document, in analysis order: the others
   * cannot give it a diagnostic, and a key stated by thousands of documents has many pairs.
   */
  private pairsInvolving(pairs: readonly ClassPair[], path: string): readonly ClassPair[] {
    if (pairs.length < 8) return pairs;
    let index = this.pairIndexes.get(pairs);
    if (!index) {
      index = { classesByPath: new Map(), pairsByClass: new Map() };
      for (let i = 0; i < pairs.length; i++) {
        for (const valueClass of [pairs[i]!.first, pairs[i]!.second]) {
          const list = index.pairsByClass.get(valueClass);
          if (list) {
            list.push(i);
            continue;
          }
          index.pairsByClass.set(valueClass, [i]);
          for (const member of valueClass.members) {
            const classes = index.classesByPath.get(member.path);
            if (!classes) index.classesByPath.set(member.path, [valueClass]);
            else if (classes[classes.length - 1] !== valueClass) classes.push(valueClass);
          }
        }
      }
      this.pairIndexes.set(pairs, index);
    }
    const classes = index.classesByPath.get(path);
    if (!classes) return [];
    if (classes.length === 1) return index.pairsByClass.get(classes[0]!)!.map((i) => pairs[i]!);
    const chosen = new Set<number>();
    for (const valueClass of classes) for (const i of index.pairsByClass.get(valueClass)!) chosen.add(i);
    return [...chosen].sort((a, b) => a - b).map((i) => pairs[i]!);
  }

  /** A figure's admitted values, parsed once per figure and tolerance. */
  private intervalOf(figure: FigureMention, tolerance: Decimal): ValueInterval | null {
    // The tolerance is always the configured one; its number identifies it cheaply.
    const configured = this.config.rules.approximateTolerance;
    const cached = this.intervals.get(figure);
    if (cached && cached.tolerance === configured) return cached.interval;
    const interval = valueInterval(figure, tolerance);
    this.intervals.set(figure, { tolerance: configured, interval });
    return interval;
  }

  /** The interval's signature, kept with the cached interval of the figure. */
  private signatureOf(figure: FigureMention, interval: ValueInterval): string {
    const cached = this.intervals.get(figure);
    if (cached?.interval !== interval) return intervalSignature(interval);
    return (cached.signature ??= intervalSignature(interval));
  }

  private ignoredObservation(observation: Observation): boolean {
    return this.config.ignore.some((entry) => !('pair' in entry) && this.matchesClaimEntry(entry, observation.claim));
  }

  private matchesClaimEntry(entry: Exclude<IgnoreEntry, { pair: unknown }>, claim: Claim): boolean {
    if (entry.subject === undefined && entry.metric === undefined && entry.period === undefined) return false;
    if (entry.subject !== undefined && entry.subject !== claim.subject) return false;
    if (entry.metric !== undefined && entry.metric !== claim.metric && this.normaliser.normalise(entry.metric) !== claim.metric) return false;
    if (entry.period !== undefined) {
      const period = periodOfIgnoreEntry(entry.period);
      if (!period || period.end < claim.asOf.start || claim.asOf.end < period.start) return false;
    }
    return true;
  }

  private ignoredPair(first: Observation, second: Observation): boolean {
    for (const entry of this.config.ignore) {
      if (!('pair' in entry)) continue;
      const [a, b] = entry.pair;
      if ((this.locatedAt(a, first) && this.locatedAt(b, second)) || (this.locatedAt(a, second) && this.locatedAt(b, first))) return true;
    }
    return false;
  }

  /** True when a "path:line:col" location (1-based) falls on the observation's figure. */
  private locatedAt(location: string, observation: Observation): boolean {
    const match = /^(.*):(\d+):(\d+)$/.exec(location.trim());
    if (!match || !samePath(match[1]!, observation.path)) return false;
    const lineStarts = this.documents.get(observation.path)?.lineStarts;
    const lineStart = lineStarts?.[Number(match[2]) - 1];
    if (lineStart === undefined) return false;
    const offset = lineStart + Number(match[3]) - 1;
    return offset >= observation.figure.start && offset <= observation.figure.end;
  }
}

/** A figure repeated across a large corpus must not produce a diagnostic of unbounded length. */
const maxRelated = 50;

/** Merges two lists sorted by {@link compareObservations}; on ties the first list's element comes first. */
function mergeSorted(a: readonly Observation[], b: readonly Observation[]): Observation[] {
  const merged: Observation[] = new Array<Observation>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = compareObservations(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

function compareObservations(a: Observation, b: Observation): number {
  return comparePeriods(a.claim.asOf, b.claim.asOf) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.figure.start - b.figure.start;
}

/** True for an as-of period longer than a day (a year, a half, a quarter). */
function isSpan(period: Period): boolean {
  return period.start !== period.end;
}

/** A cumulative figure as of a day: the running total since inception. */
function isRunningTotal(observation: Observation): boolean {
  return observation.claim.cumulative && !isSpan(observation.claim.asOf);
}

function spanOf(figure: FigureMention): Span {
  return { start: figure.start, end: figure.end };
}

function findingFigure(observation: Observation): FindingFigure {
  return { text: observation.figure.text, asOf: observation.claim.asOf, path: observation.path };
}

/** Paths match when equal or when one is a suffix of the other at a folder boundary (config paths are relative). */
function samePath(configured: string, indexed: string): boolean {
  const a = configured.replace(/\\/g, '/').replace(/^\.\//, '');
  const b = indexed.replace(/\\/g, '/');
  return a === b || b.endsWith(`/${a}`) || a.endsWith(`/${b}`);
}

/** "2024", "2024-06" or "2024-06-30" as an inclusive period. */
function periodOfIgnoreEntry(text: string): Period | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return { start: text.trim(), end: text.trim() };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}
