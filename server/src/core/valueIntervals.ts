/**
 * The pairwise rules behind cross-document diagnostics: which values a figure admits (an interval
 * with open or closed ends, in exact decimals), whether two as-of periods describe the same moment,
 * and whether two claims conflict, merely differ, or form a decreasing running total.
 */
import type { CorpusRules } from './config';
import { Decimal } from './decimal';
import type { FigureMention, Period } from './types';

/** A set of admitted values; a null end is unbounded on that side. */
export interface ValueInterval {
  low: Decimal | null;
  lowClosed: boolean;
  high: Decimal | null;
  highClosed: boolean;
}

function parseOrNull(text: string | null): Decimal | null {
  return text === null ? null : Decimal.parse(text);
}

/** Converts a configured tolerance (a JavaScript number) to an exact decimal without exponent notation. */
export function toleranceDecimal(tolerance: number): Decimal {
  const fixed = Math.min(Math.max(tolerance, 0), 1).toFixed(12);
  return Decimal.parse(fixed) ?? Decimal.ZERO;
}

/**
 * The values a figure admits. Plain numbers stand for every value that rounds to them (half-open,
 * so 29.82% and 29.83% do not touch); bounds are closed at the stated value and open towards
 * infinity; approximate values widen by the relative tolerance. Returns null for vague figures.
 */
export function valueInterval(figure: FigureMention, tolerance: Decimal): ValueInterval | null {
  const value = parseOrNull(figure.value);
  const low = parseOrNull(figure.low);
  const high = parseOrNull(figure.high);
  const precision = parseOrNull(figure.precision);
  switch (figure.qualifier) {
    case 'exact': {
      if (!value) return null;
      if (!precision || precision.isZero()) return { low: value, lowClosed: true, high: value, highClosed: true };
      return { low: value.sub(precision), lowClosed: true, high: value.add(precision), highClosed: false };
    }
    case 'lower-bound': {
      const bound = low ?? value;
      if (!bound) return null;
      // 30多 and 1000余万 carry an upper end too (the next step of the last stated digit).
      return { low: bound, lowClosed: true, high, highClosed: false };
    }
    case 'upper-bound': {
      const bound = high ?? value;
      if (!bound) return null;
      return { low, lowClosed: true, high: bound, highClosed: true };
    }
    case 'range': {
      if (!low && !high) return null;
      return { low, lowClosed: true, high, highClosed: true };
    }
    case 'approx': {
      if (!value) {
        if (!low && !high) return null;
        return { low, lowClosed: true, high, highClosed: true };
      }
      const spread = value.abs().mul(tolerance).add(precision ?? Decimal.ZERO);
      let from = value.sub(spread);
      let to = value.add(spread);
      // 近 (just under) states its upper end; an explicit bound narrows the tolerance band.
      if (high && high.compare(to) < 0) to = high;
      if (low && low.compare(from) > 0) from = low;
      return { low: from, lowClosed: true, high: to, highClosed: true };
    }
  }
}

/** True when no value lies in both intervals. */
export function disjoint(a: ValueInterval, b: ValueInterval): boolean {
  return endsBefore(a, b) || endsBefore(b, a);
}

/**
 * True when two disjoint intervals only meet at one end (0.8% and 0.9%, 18.21% and 18.22%): values a
 * digit apart in their last place, which a source that rounds its own more precise figure either way
 * may print both. Such a conflict is real but weak.
 */
export function touching(a: ValueInterval, b: ValueInterval): boolean {
  const meets = (first: ValueInterval, second: ValueInterval) => first.high !== null && second.low !== null && first.high.equals(second.low);
  return meets(a, b) || meets(b, a);
}

/**
 * True when two positive amounts lie too far apart for one figure copied with a slip: copies of a figure
 * differ in a digit, by rounding or by a unit (a factor of ten, a hundred …), rarely by a factor of 1.5 to 9.
 * Such a clash more likely pairs two different things under one key (corporate loans read as all loans)
 * than a figure with its misprint, so it is a weak conflict.
 */
export function farApart(a: ValueInterval, b: ValueInterval): boolean {
  if (!a.low || !a.high || !b.low || !b.high || a.low.isNegative() || b.low.isNegative() || a.low.isZero() || b.low.isZero()) return false;
  const [smaller, larger] = a.high.compare(b.low) <= 0 ? [a, b] : [b, a];
  const ratio = larger.low!.toNumber() / smaller.high!.toNumber();
  if (ratio < 1.5) return false;
  const decades = Math.log10(ratio);
  return Math.abs(decades - Math.round(decades)) > Math.log10(1.03);
}

/**
 * True when two positive amounts lie within a few per cent of each other (409.08 against 427.09 billion):
 * close enough to be one item under two definitions, too close for a unit slip.
 */
export function closeAmounts(a: ValueInterval, b: ValueInterval, withinRatio: number): boolean {
  if (!a.low || !a.high || !b.low || !b.high || a.low.isNegative() || b.low.isNegative() || a.low.isZero() || b.low.isZero()) return false;
  const [smaller, larger] = a.high.compare(b.low) <= 0 ? [a, b] : [b, a];
  return larger.low!.toNumber() / smaller.high!.toNumber() <= withinRatio;
}

function endsBefore(first: ValueInterval, second: ValueInterval): boolean {
  if (!first.high || !second.low) return false;
  const order = first.high.compare(second.low);
  return order < 0 || (order === 0 && !(first.highClosed && second.lowClosed));
}

/** True when every value of `later` lies below every value of `earlier`. */
export function entirelyBelow(later: ValueInterval, earlier: ValueInterval): boolean {
  return endsBefore(later, earlier);
}

export function sameInterval(a: ValueInterval, b: ValueInterval): boolean {
  const sameEnd = (x: Decimal | null, y: Decimal | null) => (x === null ? y === null : y !== null && x.equals(y));
  return sameEnd(a.low, b.low) && sameEnd(a.high, b.high) && a.lowClosed === b.lowClosed && a.highClosed === b.highClosed;
}

/**
 * True when two as-of periods describe the same moment: equal periods, or a point that is the other
 * period's last day (a stock at year end against the year's report). Nested periods with different
 * ends (the second quarter inside the first half, June inside the year) are not the same moment:
 * flows over them legitimately differ, so they never conflict.
 */
export function sameAsOf(a: Period, b: Period): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  const aPoint = a.start === a.end;
  const bPoint = b.start === b.end;
  if (aPoint && !bPoint) return a.end === b.end;
  if (bPoint && !aPoint) return b.end === a.end;
  return false;
}

/** Orders periods by end, then start. */
export function comparePeriods(a: Period, b: Period): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

export type PairVerdict = 'conflict' | 'differ' | 'agree';

/** Compares two figures known to share key and as-of moment. */
export function comparePair(a: FigureMention, b: FigureMention, rules: CorpusRules): PairVerdict {
  const tolerance = toleranceDecimal(rules.approximateTolerance);
  return compareIntervals(valueInterval(a, tolerance), valueInterval(b, tolerance));
}

export function compareIntervals(first: ValueInterval | null, second: ValueInterval | null): PairVerdict {
  if (!first || !second) return 'agree';
  if (disjoint(first, second)) return 'conflict';
  return sameInterval(first, second) ? 'agree' : 'differ';
}

/** A string equal for equal intervals, to group figures that state the same values. */
export function intervalSignature(interval: ValueInterval): string {
  const end = (value: { toString(): string } | null) => (value === null ? '∞' : value.toString());
  return `${interval.lowClosed ? '[' : '('}${end(interval.low)},${end(interval.high)}${interval.highClosed ? ']' : ')'}`;
}
