/**
 * Observations: a document's figure with its claim, as the index holds them; the key that groups
 * them and the order every list of them keeps (as-of period, then path, then position).
 */
import { claimConfidence, type Confidence } from '../claims/confidence';
import { comparePeriods } from '../valueIntervals';
import type { Claim, FigureMention, Period, Span } from '../types';

export interface Observation {
  path: string;
  /** Index of the figure in its document's mentions. */
  mention: number;
  figure: FigureMention;
  claim: Claim;
}

/** Two observations of one key: a conflicting pair, or an earlier and a later value of a running total. */
export interface Pair {
  first: Observation;
  second: Observation;
}

export function claimKey(claim: Pick<Claim, 'subject' | 'metric' | 'unit'>): string {
  return `${claim.subject}\u0000${claim.metric}\u0000${claim.unit}`;
}

/** The unit part of a {@link claimKey}. */
export function unitOfKey(key: string): string {
  return key.slice(key.lastIndexOf('\u0000') + 1);
}

/** The subject part of a {@link claimKey}. */
export function subjectOfKey(key: string): string {
  return key.slice(0, key.indexOf('\u0000'));
}

export function confidenceOf(observation: Observation): Confidence {
  return claimConfidence(observation.claim.provenance);
}

export function compareObservations(a: Observation, b: Observation): number {
  return comparePeriods(a.claim.asOf, b.claim.asOf) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.figure.start - b.figure.start;
}

/** Merges two lists sorted by {@link compareObservations}; on ties the first list's element comes first. */
export function mergeSorted(a: readonly Observation[], b: readonly Observation[]): Observation[] {
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
export function insertSorted<T>(list: T[], item: T, observationOf: (item: T) => Observation): void {
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

/** True for an as-of period longer than a day (a year, a half, a quarter). */
export function isSpan(period: Period): boolean {
  return period.start !== period.end;
}

/** A cumulative figure as of a day: the running total since inception. */
export function isRunningTotal(observation: Observation): boolean {
  return observation.claim.cumulative && !isSpan(observation.claim.asOf);
}

export function spanOf(figure: FigureMention): Span {
  return { start: figure.start, end: figure.end };
}
