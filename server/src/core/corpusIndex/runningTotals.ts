/**
 * Running totals must not fall: per key, the figures stated as of a day, grouped by moment, each
 * moment compared with the earlier figure whose lowest admitted value is highest. Kept between
 * updates; an update compares again only the moments it changed or gave another earlier figure.
 */
import { entirelyBelow, type ValueInterval } from '../valueIntervals';
import { insertSorted, isSpan, type Observation, type Pair } from './observations';
import type { AnalysisRules } from './valueClasses';

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
  /** `second` is a later, lower value of the running total than `first`. */
  decreases: Pair[];
}

/** One key's running-total check: its figures by moment, and the moments in order. */
export interface RunningTotals {
  groups: Map<string, DecreaseGroup>;
  ends: string[];
}

export function emptyRunningTotals(): RunningTotals {
  return { groups: new Map(), ends: [] };
}

/** Fills the check from a key's observations (sorted, ignore entries applied). */
export function buildRunningTotals(totals: RunningTotals, observations: readonly Observation[], rules: AnalysisRules): void {
  // Observations of the same moment are compared by the conflict rule, not this one.
  for (const observation of observations) {
    const entry = decreaseEntry(observation, rules);
    if (!entry) continue;
    const end = observation.claim.asOf.end;
    const group = totals.groups.get(end);
    if (group) group.members.push(entry);
    else totals.groups.set(end, { members: [entry], best: null, earlier: null, decreases: [] });
  }
  for (const group of totals.groups.values()) group.best = bestOf(group.members);
  totals.ends = [...totals.groups.keys()].sort();
  collectDecreases(totals, null, rules);
}

/** Moves a document's running-total figures between moments and compares again only where that can change the outcome. */
export function updateRunningTotals(totals: RunningTotals, removed: readonly Observation[], added: readonly Observation[], rules: AnalysisRules): void {
  const path = removed[0]?.path ?? added[0]?.path;
  const changedEnds = new Set<string>();
  for (const observation of removed) changedEnds.add(observation.claim.asOf.end);
  const entering = new Map<string, DecreaseEntry[]>();
  for (const observation of added) {
    if (rules.ignore.observation(observation)) continue;
    const entry = decreaseEntry(observation, rules);
    if (!entry) continue;
    const end = observation.claim.asOf.end;
    changedEnds.add(end);
    const list = entering.get(end);
    if (list) list.push(entry);
    else entering.set(end, [entry]);
  }
  let moments = false;
  for (const end of changedEnds) {
    let group = totals.groups.get(end);
    const members = group ? group.members.filter((member) => member.observation.path !== path) : [];
    for (const entry of entering.get(end) ?? []) insertSorted(members, entry, (member) => member.observation);
    if (members.length === 0) {
      if (group) {
        totals.groups.delete(end);
        moments = true;
      }
      continue;
    }
    if (!group) {
      totals.groups.set(end, (group = { members, best: null, earlier: null, decreases: [] }));
      moments = true;
    }
    group.members = members;
    group.best = bestOf(members);
  }
  if (moments) totals.ends = [...totals.groups.keys()].sort();
  collectDecreases(totals, changedEnds, rules);
}

/** The decreases of a key, moment by moment: `second` is a later, lower value of a running total than `first`. */
export function* decreasesOf(totals: RunningTotals): Iterable<Pair> {
  for (const end of totals.ends) yield* totals.groups.get(end)!.decreases;
}

/**
 * Each figure is compared with the earlier figure whose lowest admitted value is highest (the first
 * of equals). Moments neither changed nor given another earlier figure keep what they found.
 */
function collectDecreases(totals: RunningTotals, changedEnds: ReadonlySet<string> | null, rules: AnalysisRules): void {
  let highestEarlier: DecreaseEntry | null = null;
  for (const end of totals.ends) {
    const group = totals.groups.get(end)!;
    if (changedEnds === null || changedEnds.has(end) || group.earlier !== highestEarlier) {
      group.earlier = highestEarlier;
      group.decreases = [];
      const earlier = highestEarlier;
      if (earlier) {
        for (const { observation, interval } of group.members) {
          if ((earlier.observation.claim.cumulative || observation.claim.cumulative) && entirelyBelow(interval, earlier.interval) && !rules.ignore.pair(earlier.observation, observation)) {
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
function decreaseEntry(observation: Observation, rules: AnalysisRules): DecreaseEntry | null {
  // A total over a period (2023年累计发放620亿元) is a flow, not the running total since inception.
  if (isSpan(observation.claim.asOf)) return null;
  const interval = rules.intervalOf(observation.figure);
  return interval ? { observation, interval } : null;
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
