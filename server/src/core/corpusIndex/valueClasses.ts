/**
 * Per-key value analysis. Only observations of the same moment can conflict, and same-moment pairs
 * share the period end; within a moment, figures stating the same values form one value class, so
 * that a statement repeated across many documents costs one comparison per class pair rather than
 * one per document pair. Each key's analysis is computed lazily, then kept up to date by each update
 * that touches the key (only the updated document's figures move), and dropped when the
 * configuration changes.
 */
import type { Confidence } from '../claims/confidence';
import type { CorpusConfig } from '../config';
import type { Decimal } from '../decimal';
import type { Severity } from '../findings/codes';
import type { Finding } from '../findings/finding';
import type { FigureMention, Period } from '../types';
import { compareIntervals, intervalSignature, sameAsOf, toleranceDecimal, valueInterval, type ValueInterval } from '../valueIntervals';
import type { FactsStore } from './factsStore';
import type { IgnoreRules } from './ignoreRules';
import { compareObservations, confidenceOf, insertSorted, isRunningTotal, isSpan, type Observation, type Pair } from './observations';
import { buildRunningTotals, decreasesOf, emptyRunningTotals, updateRunningTotals, type RunningTotals } from './runningTotals';

/** Each figure's admitted values with the tolerance they were computed for (figures are immutable). */
export type FigureIntervals = WeakMap<FigureMention, { tolerance: number; interval: ValueInterval | null; signature?: string }>;

/** What a key's analysis applies: the configuration's rules, its ignore entries, and each figure's admitted values. */
export class AnalysisRules {
  readonly tolerance: Decimal;

  constructor(
    readonly config: CorpusConfig,
    readonly ignore: IgnoreRules,
    private readonly intervals: FigureIntervals,
  ) {
    this.tolerance = toleranceDecimal(config.rules.approximateTolerance);
  }

  /** A figure's admitted values, parsed once per figure and tolerance. */
  intervalOf(figure: FigureMention): ValueInterval | null {
    // The tolerance is always the configured one; its number identifies it cheaply.
    const configured = this.config.rules.approximateTolerance;
    const cached = this.intervals.get(figure);
    if (cached && cached.tolerance === configured) return cached.interval;
    const interval = valueInterval(figure, this.tolerance);
    this.intervals.set(figure, { tolerance: configured, interval });
    return interval;
  }

  /** The interval's signature, kept with the cached interval of the figure. */
  signatureOf(figure: FigureMention, interval: ValueInterval): string {
    const cached = this.intervals.get(figure);
    if (cached?.interval !== interval) return intervalSignature(interval);
    return (cached.signature ??= intervalSignature(interval));
  }
}

/** Figures of one key and moment that admit exactly the same values. */
export interface ValueClass {
  /** The class's key in its moment's map: as-of start, running total, interval signature. */
  signature: string;
  period: Period;
  interval: ValueInterval;
  /** A running total as of a day (累计… 截至2023年末), which a flow over a period never equals. */
  runningTotal: boolean;
  /** Sorted by compareObservations. */
  members: Observation[];
  /** How many members have each confidence (index 1 to 3), so that a conflict's severity is known without a pass over them. */
  confidences: [number, number, number, number];
}

/** Two classes of one moment whose values clash (or, for differences, differ compatibly). */
export interface ClassPair {
  first: ValueClass;
  second: ValueClass;
}

/** A class pair as the analysis keeps it between updates. */
export interface PairRecord extends ClassPair {
  verdict: 'conflict' | 'differ';
  /** Conflicting figure pairs across documents, after pair ignore entries (0 for differences). */
  count: number;
  /** Without pair ignore entries: the figure pairs within one document (Σ over paths of both classes' members there). */
  samePath: number;
}

/** Everything the rules conclude about one key. */
export interface KeyAnalysis {
  conflicts: ClassPair[];
  /** Number of conflicting figure pairs, after pair ignore entries. */
  conflictCount: number;
  /** Compatible but different values at the same moment (computed in strict mode only). */
  differences: ClassPair[];
  /** Every observation of the key, sorted (before ignore entries); filled on first use. */
  sorted?: Observation[];
  /** The observations that carry a conflicting-figure finding; filled on first use. */
  conflicting?: Set<Observation>;
  /** Conflicting pairs within one document; filled on first use. */
  within?: Pair[];
  /** The decreases whose later figure is each document's; filled on first use. */
  decreasesByPath?: Map<string, Pair[]>;
  /**
   * The findings of the key about the last few documents asked for, at one conflict severity (see
   * ConflictFindings.ofKey): a document edited again and again asks for every key it states, and the
   * keys its edit did not touch answer from here.
   */
  findings?: { severity: Severity; byPath: Map<string, readonly Finding[]> };
  /** The classes of each moment (as-of end), by signature: an update moves only its document's figures. */
  classesByEnd: Map<string, Map<string, ValueClass>>;
  /** The conflict and difference pairs of each class. */
  pairsOfClass: Map<ValueClass, Set<PairRecord>>;
  /** The running-total check (when the rule is on). */
  runningTotals: RunningTotals;
}

/** The pairs of a key that one document's findings report, in the key's order. */
export interface DocumentPairs {
  /** Decreasing running totals whose later figure is the document's. */
  decreases: Pair[];
  /** Conflicting pairs of the document's own figures. */
  within: Pair[];
}


/** Within one document and moment, how many distinct values of a key are compared. */
const maxDistinctValues = 64;

/** A within-document pair with its figures in text order. */
function orderedPair(a: Observation, b: Observation): Pair {
  return compareObservations(a, b) <= 0 ? { first: a, second: b } : { first: b, second: a };
}

/** The highest confidence among a value class's members. */
export function strongestConfidence(valueClass: ValueClass): Confidence {
  for (let level = 3; level > 0; level--) if (valueClass.confidences[level]! > 0) return level as Confidence;
  return 0;
}

/** The cached analyses of every key of a store. */
export class KeyAnalyses {
  private readonly analyses = new Map<string, KeyAnalysis>();
  /**
   * The conflicting pairs within one document's observations of a key, by that document's list: an
   * update replaces the list of the document it changes, so the other documents' pairs stay valid.
   */
  private withinByList = new WeakMap<readonly Observation[], Pair[]>();

  constructor(
    private readonly store: FactsStore,
    private current: AnalysisRules,
  ) {}

  get rules(): AnalysisRules {
    return this.current;
  }

  /** Drops every analysis: the rules changed. */
  reset(rules: AnalysisRules): void {
    this.current = rules;
    this.analyses.clear();
    this.withinByList = new WeakMap();
  }

  analyse(key: string): KeyAnalysis {
    const cached = this.analyses.get(key);
    if (cached) return cached;
    const rules = this.current;
    const observations = this.store.observations(key).filter((observation) => !rules.ignore.observation(observation));
    const analysis: KeyAnalysis = {
      conflicts: [],
      conflictCount: 0,
      differences: [],
      classesByEnd: new Map(),
      pairsOfClass: new Map(),
      runningTotals: emptyRunningTotals(),
    };
    for (const observation of observations) this.placeObservation(analysis, observation);
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
    if (rules.config.rules.cumulativeDecrease) buildRunningTotals(analysis.runningTotals, observations, rules);
    this.analyses.set(key, analysis);
    return analysis;
  }

  /**
   * Brings the cached analyses of the touched keys up to date after a document's observations changed:
   * its old figures leave their value classes and its new ones join theirs, so only the pairs of the
   * classes that changed are compared or counted again. Keys without a cached analysis stay lazy.
   */
  refresh(touched: ReadonlySet<string>, previous: ReadonlyMap<string, readonly Observation[]>, path: string): void {
    for (const key of touched) {
      const analysis = this.analyses.get(key);
      if (!analysis) continue;
      if (!this.store.hasKey(key)) {
        this.analyses.delete(key);
        continue;
      }
      this.applyDelta(analysis, previous.get(key) ?? [], this.store.observationsIn(key, path));
    }
  }

  /** The value class an observation belongs to in the analysis, if any. */
  classOf(analysis: KeyAnalysis, observation: Observation): ValueClass | undefined {
    if (this.current.ignore.observation(observation)) return undefined;
    const found = this.classFor(observation);
    return found ? analysis.classesByEnd.get(observation.claim.asOf.end)?.get(found.signature) : undefined;
  }

  /**
   * The conflict or difference pairs of a key's analysis with a member in the document, found through
   * the classes of the document's own figures: a key stated by thousands of documents has many pairs.
   */
  pairsInvolving(key: string, analysis: KeyAnalysis, path: string, verdict: PairRecord['verdict']): PairRecord[] {
    const classes = new Set<ValueClass>();
    for (const observation of this.store.observationsIn(key, path)) {
      const valueClass = this.classOf(analysis, observation);
      if (valueClass) classes.add(valueClass);
    }
    const pairs = new Set<PairRecord>();
    for (const valueClass of classes) for (const record of analysis.pairsOfClass.get(valueClass) ?? []) if (record.verdict === verdict) pairs.add(record);
    return [...pairs];
  }

  /**
   * The pairs of one document's figures of a key that conflict, cached with the key's analysis. Only
   * claims of an ontology metric with a stated or report period take part (confidence 2 or more):
   * figures of one document that share a weaker key describe different things more often than a
   * document contradicts itself.
   */
  withinDocumentPairs(key: string, analysis: KeyAnalysis): Pair[] {
    if (analysis.within) return analysis.within;
    const pairs: Pair[] = [];
    for (const observations of this.store.byPath(key)?.values() ?? []) for (const pair of this.pairsWithin(observations)) pairs.push(pair);
    analysis.within = pairs;
    return pairs;
  }

  /** The conflicting pairs of one document's observations of a key (see {@link withinDocumentPairs}), in the key's order. */
  private pairsWithin(observations: readonly Observation[]): Pair[] {
    if (observations.length < 2) return [];
    const cached = this.withinByList.get(observations);
    if (cached) return cached;
    const rules = this.current;
    // Figures of one moment that state the same values are grouped, and only groups are compared, so that a
    // long document repeating a metric costs its distinct values squared, not its figures squared; each figure
    // keeps a few partners, which is all a finding shows.
    const groups = new Map<string, { interval: ValueInterval; asOf: Period; members: Observation[] }[]>();
    for (const observation of observations) {
      if (confidenceOf(observation) < 2 || rules.ignore.observation(observation)) continue;
      const interval = rules.intervalOf(observation.figure);
      if (!interval) continue;
      // Periods that end on one day may be one moment (a year-end point and the year: sameAsOf decides below).
      const moment = `${observation.claim.asOf.end}|${isRunningTotal(observation)}`;
      let values = groups.get(moment);
      if (!values) groups.set(moment, (values = []));
      const signature = intervalSignature(interval);
      const asOf = observation.claim.asOf;
      const same = values.find((value) => value.asOf.start === asOf.start && intervalSignature(value.interval) === signature);
      if (same) same.members.push(observation);
      else if (values.length < maxDistinctValues) values.push({ interval, asOf, members: [observation] });
    }
    const documentPairs: Pair[] = [];
    for (const values of groups.values()) {
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          if (!sameAsOf(values[i]!.asOf, values[j]!.asOf) || compareIntervals(values[i]!.interval, values[j]!.interval) !== 'conflict') continue;
          const firsts = values[i]!.members;
          const seconds = values[j]!.members;
          // Every figure of either value meets one of the other's, in turn, so that pairs grow with the figures.
          for (let k = 0; k < Math.max(firsts.length, seconds.length); k++) {
            const a = firsts[k % firsts.length]!;
            const b = seconds[k % seconds.length]!;
            if (!rules.ignore.pair(a, b)) documentPairs.push(orderedPair(a, b));
          }
        }
      }
    }
    documentPairs.sort((x, y) => compareObservations(x.first, y.first) || compareObservations(x.second, y.second));
    this.withinByList.set(observations, documentPairs);
    return documentPairs;
  }

  /**
   * The decreases and within-document pairs of one document: the decreases from the key's analysis
   * grouped by document once (a key stated by thousands of documents would otherwise be walked for
   * each of them), the pairs within the document from its own observations.
   */
  pairsOfDocument(key: string, analysis: KeyAnalysis, path: string): DocumentPairs {
    let decreasesByPath = analysis.decreasesByPath;
    if (!decreasesByPath) {
      decreasesByPath = new Map<string, Pair[]>();
      for (const pair of decreasesOf(analysis.runningTotals)) {
        const list = decreasesByPath.get(pair.second.path);
        if (list) list.push(pair);
        else decreasesByPath.set(pair.second.path, [pair]);
      }
      analysis.decreasesByPath = decreasesByPath;
    }
    return { decreases: decreasesByPath.get(path) ?? [], within: this.pairsWithin(this.store.observationsIn(key, path)) };
  }

  /** Conflicting figure pairs of a key: across documents, and within one. */
  conflictsOf(key: string): number {
    const analysis = this.analyse(key);
    return analysis.conflictCount + this.withinDocumentPairs(key, analysis).length;
  }

  private applyDelta(analysis: KeyAnalysis, removed: readonly Observation[], added: readonly Observation[]): void {
    const rules = this.current;
    const changed = new Set<ValueClass>();
    const leaving = new Set<Observation>();
    // How many figures of the document each class had before and has after: the pair counts follow from them.
    const before = new Map<ValueClass, number>();
    const after = new Map<ValueClass, number>();
    for (const observation of removed) {
      const valueClass = this.classOf(analysis, observation);
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
      if (rules.ignore.observation(observation)) continue;
      const placed = this.placeObservation(analysis, observation, true);
      if (!placed) continue;
      after.set(placed.valueClass, (after.get(placed.valueClass) ?? 0) + 1);
      if (placed.created) created.push(placed.valueClass);
      else changed.add(placed.valueClass);
    }
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
        if (rules.ignore.hasPairEntries) record.count = this.countUnignoredPairs(record.first, record.second).count;
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
    if (rules.config.rules.cumulativeDecrease) updateRunningTotals(analysis.runningTotals, removed, added, rules);
    analysis.sorted = undefined;
    analysis.within = undefined;
    analysis.decreasesByPath = undefined;
    analysis.conflicting = undefined;
    analysis.findings = undefined;
  }

  /** The class signature and interval of an observation, or null for a vague figure. */
  private classFor(observation: Observation): { signature: string; interval: ValueInterval } | null {
    const rules = this.current;
    // A claim too weak to conflict (a free-phrase metric) joins no value class, unless strict mode asks for everything.
    if (confidenceOf(observation) === 0 && !rules.config.rules.strict) return null;
    const interval = rules.intervalOf(observation.figure);
    if (!interval) return null;
    const runningTotal = isRunningTotal(observation);
    return { signature: `${observation.claim.asOf.start} ${runningTotal ? 'Σ' : ''}${rules.signatureOf(observation.figure, interval)}`, interval };
  }

  /**
   * Adds an observation to its value class, creating the class when it is the first of its values;
   * `insert` keeps the members sorted when the observation does not come in order.
   */
  private placeObservation(analysis: KeyAnalysis, observation: Observation, insert = false): { valueClass: ValueClass; created: boolean } | null {
    const found = this.classFor(observation);
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
    if (verdict === 'agree' || (verdict === 'differ' && !this.current.config.rules.strict)) return null;
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

  /** The conflicting figure pairs of two classes across documents, and (without pair ignore entries) the pairs within one. */
  private countUnignoredPairs(first: ValueClass, second: ValueClass): { count: number; samePath: number } {
    if (!this.current.ignore.hasPairEntries) {
      // Every cross-document pair: all pairs less those within one document, counted per path.
      const perPath = new Map<string, number>();
      for (const a of first.members) perPath.set(a.path, (perPath.get(a.path) ?? 0) + 1);
      let samePath = 0;
      for (const b of second.members) samePath += perPath.get(b.path) ?? 0;
      return { count: first.members.length * second.members.length - samePath, samePath };
    }
    let count = 0;
    for (const a of first.members) for (const b of second.members) if (a.path !== b.path && !this.current.ignore.pair(a, b)) count++;
    return { count, samePath: 0 };
  }
}
