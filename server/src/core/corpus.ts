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
import { claimConfidence, severityForConfidence, weakerSeverity, type Confidence } from './claims/confidence';
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

function confidenceOf(observation: Observation): Confidence {
  return claimConfidence(observation.claim.provenance);
}

/** The highest confidence among a value class's members. */
function strongestConfidence(valueClass: ValueClass): Confidence {
  for (let level = 3; level > 0; level--) if (valueClass.confidences[level]! > 0) return level as Confidence;
  return 0;
}

export function claimKey(claim: Pick<Claim, 'subject' | 'metric' | 'unit'>): string {
  return `${claim.subject}\u0000${claim.metric}\u0000${claim.unit}`;
}

interface Pair {
  first: Observation;
  second: Observation;
}

/** Figures of one key and moment that admit exactly the same values. */
interface ValueClass {
  /** The class's key in its moment's map: as-of start, running total, interval signature. */
  signature: string;
  period: Period;
  interval: ValueInterval;
  /** A running total as of a day (累计… 截至2023年末), which a flow over a period never equals. */
  runningTotal: boolean;
  /** Sorted by {@link compareObservations}. */
  members: Observation[];
  /** How many members have each confidence (index 1 to 3), so that a conflict's severity is known without a pass over them. */
  confidences: [number, number, number, number];
}

/** Two classes of one moment whose values clash (or, for differences, differ compatibly). */
interface ClassPair {
  first: ValueClass;
  second: ValueClass;
}

/** A figure of a running-total check: a point in time with admitted values. */
interface DecreaseEntry {
  observation: Observation;
  interval: ValueInterval;
}

/** The running-total check's figures of one moment (as-of end), kept between updates. */
interface DecreaseGroup {
  /** In observation order. */
  members: DecreaseEntry[];
  /** The member with the highest lowest value (the first of equals), which later moments are compared with. */
  best: DecreaseEntry | null;
  /** The earlier figure the members were last compared with, and what that found. */
  earlier: DecreaseEntry | null;
  decreases: Pair[];
}

/** A class pair as the analysis keeps it between updates. */
interface PairRecord extends ClassPair {
  verdict: 'conflict' | 'differ';
  /** Conflicting figure pairs across documents, after pair ignore entries (0 for differences). */
  count: number;
  /** Without pair ignore entries: the figure pairs within one document (Σ over paths of both classes' members there). */
  samePath: number;
}

/**
 * Everything the rules conclude about one key: computed lazily, then kept up to date by each update that
 * touches the key (only the updated document's figures move), and dropped when the configuration changes.
 */
interface KeyAnalysis {
  conflicts: ClassPair[];
  /** Number of conflicting figure pairs, after pair ignore entries. */
  conflictCount: number;
  /** Compatible but different values at the same moment (computed in strict mode only). */
  differences: ClassPair[];
  /** Every observation of the key, sorted (before ignore entries); filled on first use. */
  sorted?: Observation[];
  /** The observations that carry a conflicting-figure diagnostic; filled on first use. */
  conflicting?: Set<Observation>;
  /** Conflicting pairs within one document; filled on first use. */
  within?: Pair[];
  /** The classes of each moment (as-of end), by signature: an update moves only its document's figures. */
  classesByEnd: Map<string, Map<string, ValueClass>>;
  /** The conflict and difference pairs of each class. */
  pairsOfClass: Map<ValueClass, Set<PairRecord>>;
  /** The running-total check's figures by moment (when the rule is on), and the moments in order. */
  decreaseGroups: Map<string, DecreaseGroup>;
  decreaseEnds: string[];
}

export class CorpusIndex {
  private readonly documents = new Map<string, DocumentFacts>();
  /** Key → path → that document's observations of the key. */
  private readonly observationsByKey = new Map<string, Map<string, Observation[]>>();
  private readonly keysByPath = new Map<string, Set<string>>();
  private readonly analyses = new Map<string, KeyAnalysis>();
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

  /** The severity a conflict of this confidence earns; strict mode reports the weakest ones too, as information. */
  private earnedSeverity(confidence: Confidence): Severity | null {
    return severityForConfidence(confidence) ?? (this.config.rules.strict ? 'information' : null);
  }

  setConflictSeverity(severity: Severity): void {
    this.conflictSeverity = severity;
  }

  /** Adds or replaces a document; returns the paths whose cross-document diagnostics may have changed. */
  update(facts: DocumentFacts, options: { collectAffected?: boolean } = {}): Set<string> {
    const previous = this.detach(facts.path);
    const touched = new Set(previous.keys());
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
    this.refreshAnalyses(touched, previous, facts.path);
    if (options.collectAffected === false) {
      // The caller re-checks everything afterwards (a full scan): collecting every document that shares
      // a key would cost O(n) per update, O(n²) for n documents stating one metric.
      return new Set([facts.path]);
    }
    return this.affectedBy(touched, facts.path);
  }

  remove(path: string): Set<string> {
    const previous = this.detach(path);
    const touched = new Set(previous.keys());
    this.documents.delete(path);
    this.refreshAnalyses(touched, previous, path);
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
    for (const { first, second } of this.withinDocumentPairs(key, analysis)) {
      if (this.earnedSeverity(Math.min(confidenceOf(first), confidenceOf(second)) as Confidence)) conflicting.add(first).add(second);
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
      conflicts: this.conflictsOf(key),
    };
  }

  diagnostics(path: string, token: CancellationToken = neverCancelled): CorpusDiagnostic[] {
    const diagnostics: CorpusDiagnostic[] = [];
    for (const key of this.keysOf(path)) {
      throwIfCancelled(token);
      const analysis = this.analyse(key);
      const crossDocument = this.pairDiagnostics(path, key, analysis, this.pairsInvolving(key, analysis, path, 'conflict'), conflictCodes.conflict, this.conflictSeverity);
      diagnostics.push(...crossDocument, ...this.withinDocumentDiagnostics(path, key, analysis, crossDocument));
      if (this.config.rules.strict) {
        diagnostics.push(...this.pairDiagnostics(path, key, analysis, this.pairsInvolving(key, analysis, path, 'differ'), conflictCodes.difference, 'information'));
      }
      for (const { first, second } of decreasesOf(analysis)) {
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

  /**
   * Conflicts inside one document: the same key stated twice with values that cannot both hold. Only claims
   * of an ontology metric with a stated or report period take part (confidence 2 or more): figures of one
   * document that share a weaker key describe different things more often than a document contradicts itself.
   * A figure that already conflicts across documents gets the other figure of its own document as related
   * information; any other gets a diagnostic of its own.
   */
  private withinDocumentDiagnostics(path: string, key: string, analysis: KeyAnalysis, crossDocument: CorpusDiagnostic[]): CorpusDiagnostic[] {
    const found: CorpusDiagnostic[] = [];
    for (const { first, second } of this.withinDocumentPairs(key, analysis)) {
      if (first.path !== path) continue;
      for (const [own, other] of [
        [first, second],
        [second, first],
      ] as const) {
        const detail: FindingDetail = { kind: 'conflict', subject: own.claim.subject, metric: own.claim.metric, own: findingFigure(own), others: [findingFigure(other)], total: 1 };
        const text = findingText(detail);
        const related = { path: other.path, span: spanOf(other.figure), message: text.related[0]! };
        const existing = crossDocument.find((diagnostic) => diagnostic.span.start === own.figure.start) ?? found.find((diagnostic) => diagnostic.span.start === own.figure.start);
        if (existing) {
          existing.related.push(related);
          continue;
        }
        const earned = this.earnedSeverity(Math.min(confidenceOf(own), confidenceOf(other)) as Confidence);
        if (!earned) continue;
        found.push({
          path,
          span: spanOf(own.figure),
          severity: weakerSeverity(this.conflictSeverity, earned),
          code: conflictCodes.conflict,
          message: text.message,
          related: [related],
          data: this.dataFor(key, own.claim, [other]),
          detail,
        });
      }
    }
    return found;
  }

  /** The pairs of one document's figures of a key that conflict (see {@link withinDocumentDiagnostics}), cached with the key's analysis. */
  private withinDocumentPairs(key: string, analysis: KeyAnalysis): Pair[] {
    if (analysis.within) return analysis.within;
    const pairs: Pair[] = [];
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    for (const observations of this.observationsByKey.get(key)?.values() ?? []) {
      if (observations.length < 2) continue;
      const eligible = observations.filter((observation) => confidenceOf(observation) >= 2 && !this.ignoredObservation(observation));
      for (let i = 0; i < eligible.length; i++) {
        for (let j = i + 1; j < eligible.length; j++) {
          const a = eligible[i]!;
          const b = eligible[j]!;
          if (!sameAsOf(a.claim.asOf, b.claim.asOf) || isRunningTotal(a) !== isRunningTotal(b) || this.ignoredPair(a, b)) continue;
          const first = this.intervalOf(a.figure, tolerance);
          const second = this.intervalOf(b.figure, tolerance);
          if (first && second && compareIntervals(first, second) === 'conflict') pairs.push({ first: a, second: b });
        }
      }
    }
    analysis.within = pairs;
    return pairs;
  }

  /** The number of conflicts over every key, as the series would count them, without building the series. */
  conflictTotal(): number {
    let total = 0;
    for (const key of this.observationsByKey.keys()) total += this.conflictsOf(key);
    return total;
  }

  /** Conflicting figure pairs of a key: across documents, and within one. */
  private conflictsOf(key: string): number {
    const analysis = this.analyse(key);
    return analysis.conflictCount + this.withinDocumentPairs(key, analysis).length;
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

  /** Removes a document's observations; returns the keys it stated with its observations of each. */
  private detach(path: string): Map<string, Observation[]> {
    const previous = new Map<string, Observation[]>();
    for (const key of this.keysByPath.get(path) ?? []) {
      const byPath = this.observationsByKey.get(key);
      previous.set(key, byPath?.get(path) ?? []);
      byPath?.delete(path);
      if (byPath && byPath.size === 0) this.observationsByKey.delete(key);
    }
    this.keysByPath.delete(path);
    return previous;
  }

  /** Returns every path that states one of the touched keys. */
  private affectedBy(touched: Set<string>, path: string): Set<string> {
    const affected = new Set<string>([path]);
    for (const key of touched) {
      for (const other of this.observationsByKey.get(key)?.keys() ?? []) affected.add(other);
    }
    return affected;
  }

  /**
   * Brings the cached analyses of the touched keys up to date after a document's observations changed:
   * its old figures leave their value classes and its new ones join theirs, so only the pairs of the
   * classes that changed are compared or counted again. Keys without a cached analysis stay lazy.
   */
  private refreshAnalyses(touched: Set<string>, previous: Map<string, Observation[]>, path: string): void {
    for (const key of touched) {
      const analysis = this.analyses.get(key);
      if (!analysis) continue;
      const byPath = this.observationsByKey.get(key);
      if (!byPath) {
        this.analyses.delete(key);
        continue;
      }
      this.applyDelta(key, analysis, previous.get(key) ?? [], byPath.get(path) ?? []);
    }
  }

  private applyDelta(key: string, analysis: KeyAnalysis, removed: readonly Observation[], added: readonly Observation[]): void {
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    const changed = new Set<ValueClass>();
    const leaving = new Set<Observation>();
    // How many figures of the document each class had before and has after: the pair counts follow from them.
    const before = new Map<ValueClass, number>();
    const after = new Map<ValueClass, number>();
    for (const observation of removed) {
      const valueClass = this.classOf(analysis, observation, tolerance);
      if (!valueClass) continue;
      leaving.add(observation);
      changed.add(valueClass);
      before.set(valueClass, (before.get(valueClass) ?? 0) + 1);
    }
    for (const valueClass of changed) {
      valueClass.members = valueClass.members.filter((member) => {
        if (!leaving.has(member)) return true;
        valueClass.confidences[confidenceOf(member)]--;
        return false;
      });
    }
    const created: ValueClass[] = [];
    for (const observation of added) {
      if (this.ignoredObservation(observation)) continue;
      const placed = this.placeObservation(analysis, observation, tolerance, true);
      if (!placed) continue;
      after.set(placed.valueClass, (after.get(placed.valueClass) ?? 0) + 1);
      if (placed.created) created.push(placed.valueClass);
      else changed.add(placed.valueClass);
    }
    const pairIgnores = this.config.ignore.some((entry) => 'pair' in entry);
    const dead = new Set<PairRecord>();
    const recounted = new Set<PairRecord>();
    for (const valueClass of changed) {
      const records = analysis.pairsOfClass.get(valueClass) ?? new Set<PairRecord>();
      if (valueClass.members.length === 0) {
        const classes = analysis.classesByEnd.get(valueClass.period.end)!;
        classes.delete(valueClass.signature);
        if (classes.size === 0) analysis.classesByEnd.delete(valueClass.period.end);
        for (const record of records) {
          if (dead.has(record)) continue;
          dead.add(record);
          analysis.conflictCount -= record.count;
          const other = record.first === valueClass ? record.second : record.first;
          analysis.pairsOfClass.get(other)?.delete(record);
        }
        analysis.pairsOfClass.delete(valueClass);
        continue;
      }
      for (const record of records) {
        if (record.verdict !== 'conflict' || recounted.has(record) || dead.has(record)) continue;
        recounted.add(record);
        analysis.conflictCount -= record.count;
        if (pairIgnores) record.count = this.countUnignoredPairs(record.first, record.second).count;
        else {
          // Only this document's figures moved: the pairs within other documents stay as they were.
          const { first, second } = record;
          record.samePath += (after.get(first) ?? 0) * (after.get(second) ?? 0) - (before.get(first) ?? 0) * (before.get(second) ?? 0);
          record.count = first.members.length * second.members.length - record.samePath;
        }
        analysis.conflictCount += record.count;
      }
    }
    // A record recounted before its other class emptied is dead all the same: its count was taken off again.
    const fresh: PairRecord[] = [];
    const compared = new Set<ValueClass>();
    for (const valueClass of created) {
      compared.add(valueClass);
      for (const other of analysis.classesByEnd.get(valueClass.period.end)!.values()) {
        if (compared.has(other)) continue;
        const record = this.pairClasses(analysis, other, valueClass);
        if (record) fresh.push(record);
      }
    }
    const alive = (record: ClassPair) => !dead.has(record as PairRecord);
    analysis.conflicts = analysis.conflicts.filter(alive).concat(fresh.filter((record) => record.verdict === 'conflict'));
    analysis.differences = analysis.differences.filter(alive).concat(fresh.filter((record) => record.verdict === 'differ'));
    if (this.config.rules.cumulativeDecrease) this.updateDecreases(analysis, removed, added, tolerance);
    analysis.sorted = undefined;
    analysis.within = undefined;
    analysis.conflicting = undefined;
  }

  /** Moves a document's running-total figures between moments and compares again only where that can change the outcome. */
  private updateDecreases(analysis: KeyAnalysis, removed: readonly Observation[], added: readonly Observation[], tolerance: Decimal): void {
    const path = removed[0]?.path ?? added[0]?.path;
    const changedEnds = new Set<string>();
    for (const observation of removed) changedEnds.add(observation.claim.asOf.end);
    const entering = new Map<string, DecreaseEntry[]>();
    for (const observation of added) {
      if (this.ignoredObservation(observation)) continue;
      const entry = this.decreaseEntry(observation, tolerance);
      if (!entry) continue;
      const end = observation.claim.asOf.end;
      changedEnds.add(end);
      const list = entering.get(end);
      if (list) list.push(entry);
      else entering.set(end, [entry]);
    }
    let moments = false;
    for (const end of changedEnds) {
      let group = analysis.decreaseGroups.get(end);
      const members = group ? group.members.filter((member) => member.observation.path !== path) : [];
      for (const entry of entering.get(end) ?? []) insertSorted(members, entry, (member) => member.observation);
      if (members.length === 0) {
        if (group) {
          analysis.decreaseGroups.delete(end);
          moments = true;
        }
        continue;
      }
      if (!group) {
        analysis.decreaseGroups.set(end, (group = { members, best: null, earlier: null, decreases: [] }));
        moments = true;
      }
      group.members = members;
      group.best = bestOf(members);
    }
    if (moments) analysis.decreaseEnds = [...analysis.decreaseGroups.keys()].sort();
    this.collectDecreases(analysis, changedEnds);
  }

  /**
   * A running total must not fall: each figure is compared with the earlier figure whose lowest
   * admitted value is highest (the first of equals). Moments neither changed nor given another
   * earlier figure keep what they found.
   */
  private collectDecreases(analysis: KeyAnalysis, changedEnds: ReadonlySet<string> | null): void {
    let highestEarlier: DecreaseEntry | null = null;
    for (const end of analysis.decreaseEnds) {
      const group = analysis.decreaseGroups.get(end)!;
      if (changedEnds === null || changedEnds.has(end) || group.earlier !== highestEarlier) {
        group.earlier = highestEarlier;
        group.decreases = [];
        const earlier = highestEarlier;
        if (earlier) {
          for (const { observation, interval } of group.members) {
            if ((earlier.observation.claim.cumulative || observation.claim.cumulative) && entirelyBelow(interval, earlier.interval) && !this.ignoredPair(earlier.observation, observation)) {
              group.decreases.push({ first: earlier.observation, second: observation });
            }
          }
        }
      }
      const best = group.best;
      if (best && (!highestEarlier || best.interval.low!.compare(highestEarlier.interval.low!) > 0)) highestEarlier = best;
    }
  }

  /** A figure the running-total check compares: a point in time with admitted values. */
  private decreaseEntry(observation: Observation, tolerance: Decimal): DecreaseEntry | null {
    // A total over a period (2023年累计发放620亿元) is a flow, not the running total since inception.
    if (isSpan(observation.claim.asOf)) return null;
    const interval = this.intervalOf(observation.figure, tolerance);
    return interval ? { observation, interval } : null;
  }

  private unignoredObservations(key: string): Observation[] {
    return this.observations(key).filter((observation) => !this.ignoredObservation(observation));
  }

  /** The class signature and interval of an observation, or null for a vague figure. */
  private classFor(observation: Observation, tolerance: Decimal): { signature: string; interval: ValueInterval } | null {
    // A claim too weak to conflict (a free-phrase metric) joins no value class, unless strict mode asks for everything.
    if (confidenceOf(observation) === 0 && !this.config.rules.strict) return null;
    const interval = this.intervalOf(observation.figure, tolerance);
    if (!interval) return null;
    const runningTotal = isRunningTotal(observation);
    return { signature: `${observation.claim.asOf.start} ${runningTotal ? 'Σ' : ''}${this.signatureOf(observation.figure, interval)}`, interval };
  }

  /** The value class an observation belongs to in the analysis, if any. */
  private classOf(analysis: KeyAnalysis, observation: Observation, tolerance: Decimal): ValueClass | undefined {
    if (this.ignoredObservation(observation)) return undefined;
    const found = this.classFor(observation, tolerance);
    return found ? analysis.classesByEnd.get(observation.claim.asOf.end)?.get(found.signature) : undefined;
  }

  /**
   * Adds an observation to its value class, creating the class when it is the first of its values;
   * `insert` keeps the members sorted when the observation does not come in order.
   */
  private placeObservation(analysis: KeyAnalysis, observation: Observation, tolerance: Decimal, insert = false): { valueClass: ValueClass; created: boolean } | null {
    const found = this.classFor(observation, tolerance);
    if (!found) return null;
    const { asOf } = observation.claim;
    let classes = analysis.classesByEnd.get(asOf.end);
    if (!classes) analysis.classesByEnd.set(asOf.end, (classes = new Map()));
    const existing = classes.get(found.signature);
    if (existing) {
      if (insert) insertSorted(existing.members, observation, (member) => member);
      else existing.members.push(observation);
      existing.confidences[confidenceOf(observation)]++;
      return { valueClass: existing, created: false };
    }
    const valueClass: ValueClass = { signature: found.signature, period: asOf, interval: found.interval, runningTotal: isRunningTotal(observation), members: [observation], confidences: [0, 0, 0, 0] };
    valueClass.confidences[confidenceOf(observation)]++;
    classes.set(found.signature, valueClass);
    return { valueClass, created: true };
  }

  /** Compares two classes of one moment; records and returns the pair when they conflict (or differ, in strict mode). */
  private pairClasses(analysis: KeyAnalysis, first: ValueClass, second: ValueClass): PairRecord | null {
    if (!sameAsOf(first.period, second.period)) return null;
    // A running total at year end (累计发放2000亿元) and the year's flow (全年发放620亿元) share a key, not a value.
    if (first.runningTotal !== second.runningTotal && (isSpan(first.period) || isSpan(second.period))) return null;
    const verdict = compareIntervals(first.interval, second.interval);
    if (verdict === 'agree' || (verdict === 'differ' && !this.config.rules.strict)) return null;
    const { count, samePath } = verdict === 'conflict' ? this.countUnignoredPairs(first, second) : { count: 0, samePath: 0 };
    const record: PairRecord = { first, second, verdict, count, samePath };
    analysis.conflictCount += record.count;
    for (const valueClass of [first, second]) {
      const records = analysis.pairsOfClass.get(valueClass);
      if (records) records.add(record);
      else analysis.pairsOfClass.set(valueClass, new Set([record]));
    }
    return record;
  }

  private analyse(key: string): KeyAnalysis {
    const cached = this.analyses.get(key);
    if (cached) return cached;
    const observations = this.unignoredObservations(key);
    const analysis: KeyAnalysis = {
      conflicts: [],
      conflictCount: 0,
      differences: [],
      classesByEnd: new Map(),
      pairsOfClass: new Map(),
      decreaseGroups: new Map(),
      decreaseEnds: [],
    };

    // Only observations of the same moment can conflict, and same-moment pairs share the period end.
    // Within a moment, figures stating the same values form one class, so that a statement repeated
    // across many documents costs one comparison per class pair rather than one per document pair.
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    for (const observation of observations) this.placeObservation(analysis, observation, tolerance);
    for (const classes of analysis.classesByEnd.values()) {
      const list = [...classes.values()];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const record = this.pairClasses(analysis, list[i]!, list[j]!);
          if (record?.verdict === 'conflict') analysis.conflicts.push(record);
          else if (record) analysis.differences.push(record);
        }
      }
    }
    if (this.config.rules.cumulativeDecrease) {
      // Observations of the same moment are compared by the conflict rule, not this one.
      for (const observation of observations) {
        const entry = this.decreaseEntry(observation, tolerance);
        if (!entry) continue;
        const end = observation.claim.asOf.end;
        const group = analysis.decreaseGroups.get(end);
        if (group) group.members.push(entry);
        else analysis.decreaseGroups.set(end, { members: [entry], best: null, earlier: null, decreases: [] });
      }
      for (const group of analysis.decreaseGroups.values()) group.best = bestOf(group.members);
      analysis.decreaseEnds = [...analysis.decreaseGroups.keys()].sort();
      this.collectDecreases(analysis, null);
    }
    this.analyses.set(key, analysis);
    return analysis;
  }

  /** The conflicting figure pairs of two classes across documents, and (without pair ignore entries) the pairs within one. */
  private countUnignoredPairs(first: ValueClass, second: ValueClass): { count: number; samePath: number } {
    if (!this.config.ignore.some((entry) => 'pair' in entry)) {
      // Every cross-document pair: all pairs less those within one document, counted per path.
      const perPath = new Map<string, number>();
      for (const a of first.members) perPath.set(a.path, (perPath.get(a.path) ?? 0) + 1);
      let samePath = 0;
      for (const b of second.members) samePath += perPath.get(b.path) ?? 0;
      return { count: first.members.length * second.members.length - samePath, samePath };
    }
    let count = 0;
    for (const a of first.members) for (const b of second.members) if (a.path !== b.path && !this.ignoredPair(a, b)) count++;
    return { count, samePath: 0 };
  }

  private pairDiagnostics(path: string, key: string, analysis: KeyAnalysis, pairs: readonly ClassPair[], code: string, severity: Severity): CorpusDiagnostic[] {
    // One diagnostic per participating figure of this document, naming the first few figures it clashes
    // with and counting the rest: a figure repeated across a corpus must not list every copy.
    const pairIgnores = this.config.ignore.some((entry) => 'pair' in entry);
    // The document's members of each class, counted from its own few figures rather than from the classes.
    const membersInPath = new Map<ValueClass, number>();
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    for (const observation of this.observationsByKey.get(key)?.get(path) ?? []) {
      const valueClass = this.classOf(analysis, observation, tolerance);
      if (valueClass) membersInPath.set(valueClass, (membersInPath.get(valueClass) ?? 0) + 1);
    }
    const othersByFigure = new Map<number, { own: Observation; others: Observation[]; total: number; strongestOther: Confidence }>();
    for (const { first, second } of pairs) {
      for (const [ownClass, otherClass] of [
        [first, second],
        [second, first],
      ] as const) {
        for (const own of ownClass.members) {
          if (own.path !== path) continue;
          // Figures of one document that share a key but differ describe different things more often
          // than a document contradicts itself (获贷率 of two populations): only documents conflict.
          let others: Observation[];
          let total: number;
          if (pairIgnores) {
            others = otherClass.members.filter((other) => other.path !== own.path && !this.ignoredPair(own, other));
            total = others.length;
            others = others.slice(0, maxRelated);
          } else {
            total = otherClass.members.length - (membersInPath.get(otherClass) ?? 0);
            others = [];
            for (const other of otherClass.members) {
              if (others.length === maxRelated) break;
              if (other.path !== own.path) others.push(other);
            }
          }
          if (total === 0) continue;
          const strongestOther = strongestConfidence(otherClass);
          const entry = othersByFigure.get(own.mention);
          if (entry) {
            entry.strongestOther = Math.max(entry.strongestOther, strongestOther) as Confidence;
            // Nothing to merge when the named figures are all that can be named and all come first.
            const last = entry.others[entry.others.length - 1];
            const full = entry.others.length === maxRelated && last !== undefined && others.length > 0 && compareObservations(last, others[0]!) <= 0;
            if (!full) entry.others = mergeSorted(entry.others, others).slice(0, maxRelated);
            entry.total += total;
          } else othersByFigure.set(own.mention, { own, others, total, strongestOther });
        }
      }
    }
    const found: CorpusDiagnostic[] = [];
    for (const { own, others, total, strongestOther } of othersByFigure.values()) {
      // The weaker side decides: an error needs both claims explicit in subject, metric and period.
      const earned = this.earnedSeverity(Math.min(confidenceOf(own), strongestOther) as Confidence);
      if (!earned) continue;
      const detail: FindingDetail = {
        kind: code === conflictCodes.conflict ? 'conflict' : 'difference',
        subject: own.claim.subject,
        metric: own.claim.metric,
        own: findingFigure(own),
        others: others.map(findingFigure),
        total,
      };
      const text = findingText(detail);
      found.push({
        path,
        span: spanOf(own.figure),
        severity: weakerSeverity(severity, earned),
        code,
        message: text.message,
        related: others.map((other, i) => ({ path: other.path, span: spanOf(other.figure), message: text.related[i]! })),
        data: this.dataFor(key, own.claim, others),
        detail,
      });
    }
    return found;
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
   * The conflict or difference pairs of a key's analysis with a member in the document, found through
   * the classes of the document's own figures: a key stated by thousands of documents has many pairs.
   */
  private pairsInvolving(key: string, analysis: KeyAnalysis, path: string, verdict: PairRecord['verdict']): PairRecord[] {
    const tolerance = toleranceDecimal(this.config.rules.approximateTolerance);
    const classes = new Set<ValueClass>();
    for (const observation of this.observationsByKey.get(key)?.get(path) ?? []) {
      const valueClass = this.classOf(analysis, observation, tolerance);
      if (valueClass) classes.add(valueClass);
    }
    const pairs = new Set<PairRecord>();
    for (const valueClass of classes) for (const record of analysis.pairsOfClass.get(valueClass) ?? []) if (record.verdict === verdict) pairs.add(record);
    return [...pairs];
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

/**
 * A figure repeated across a large corpus must not produce a diagnostic of unbounded length: related
 * locations, code action values and the figures a finding names stop here; the finding counts the rest.
 */
export const maxRelated = 50;

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

/** Inserts an item into a list sorted by {@link compareObservations}, after its equals. */
function insertSorted<T>(list: T[], item: T, observationOf: (item: T) => Observation): void {
  const observation = observationOf(item);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareObservations(observationOf(list[middle]!), observation) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, item);
}

/** The decreases of a key's analysis, moment by moment: `second` is a later, lower value of a running total than `first`. */
function* decreasesOf(analysis: KeyAnalysis): Iterable<Pair> {
  for (const end of analysis.decreaseEnds) yield* analysis.decreaseGroups.get(end)!.decreases;
}

/** The entry with the highest lowest value, the first of equals; entries without a lowest value never count. */
function bestOf(entries: readonly DecreaseEntry[]): DecreaseEntry | null {
  let best: DecreaseEntry | null = null;
  for (const entry of entries) {
    if (!entry.interval.low) continue;
    if (!best || entry.interval.low.compare(best.interval.low!) > 0) best = entry;
  }
  return best;
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
