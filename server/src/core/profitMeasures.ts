/**
 * Where one word names two profits. The press writes 净利润 ("net profit") both for a group's whole net
 * profit and for the part attributable to the parent's shareholders (归母净利润), which is smaller by the
 * minority interests and, at banks with preference shares or perpetual bonds, their holders' part: a few
 * per cent. Two net profits that close may be the two measures, so their clash is weak.
 */

import { closeAmounts, type ValueInterval } from './valueIntervals';

/** The concept whose name the press uses for both measures. */
const blurredProfit = '净利润';

/** How far the whole net profit lies above the shareholders' part, at most, for a clash to be read as the two measures. */
const measuresGap = 1.06;

/**
 * True when two clashing net profits of one subject may be the group's and the shareholders' part: close, and
 * not written with the same digits swapped or one digit changed (11.26 against 11.62 is a slip of the pen).
 * `aValue` and `bValue` are the figures' canonical values.
 */
export function profitMeasuresMayDiffer(metric: string, amount: boolean, a: ValueInterval, b: ValueInterval, aValue: string, bValue: string): boolean {
  return amount && metric === blurredProfit && closeAmounts(a, b, measuresGap) && !slipOfDigits(significantDigits(aValue), significantDigits(bValue));
}

/** The digits of a value without its sign, point and the zeros around them (0.1126e10 and 11.26e8 are both 1126). */
function significantDigits(value: string): string {
  return value.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
}

/** Two digit strings of one length that differ by a swap of two neighbours or by one digit. */
function slipOfDigits(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const differing: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing.push(i);
  if (differing.length === 1) return true;
  return differing.length === 2 && differing[1] === differing[0]! + 1 && a[differing[0]!] === b[differing[1]!] && a[differing[1]!] === b[differing[0]!];
}
