/**
 * Where two accounting standards may give one bank two true figures. Banks listed in both Shanghai or
 * Shenzhen and Hong Kong publish the mainland report under the Chinese standards and the Hong Kong one
 * under IFRS; their net profit, assets and ratios agree, but operating income and non-interest income
 * do not (IFRS nets items such as insurance service expenses against income that the Chinese standards
 * keep gross), and the press quotes either without saying which. A clash of such figures is weak.
 */

import { closeAmounts, type ValueInterval } from './valueIntervals';

/** Banks with A and H shares, by the lexicon's canonical names. */
const dualListedIssuers = new Set([
  '工商银行', '农业银行', '中国银行', '建设银行', '交通银行', '邮储银行', '招商银行', '中信银行', '民生银行', '光大银行', '浙商银行',
  '重庆农商行', '郑州银行', '青岛银行', '重庆银行',
]);

/** Metrics whose definitions differ between the two standards, and their changes. */
const standardSensitiveMetric = /^(?:营业收入|非利息净收入|其他非利息净收入|其他非利息收入)(?:同比增长|环比增长|变动额)?$/;

/** How far apart the two standards put one income item, at most (IFRS's 409.08 against 427.09 billion is 4.4 %). */
const standardsGap = 1.15;

/**
 * True when two clashing figures of this subject and metric may both be right, each under its own standard:
 * rates of change always, amounts only when close (a factor of ten is a slip of the unit whatever the standard).
 */
export function standardsMayDiffer(subject: string, metric: string, amount: boolean, a: ValueInterval, b: ValueInterval): boolean {
  if (!dualListedIssuers.has(subject) || !standardSensitiveMetric.test(metric)) return false;
  return !amount || closeAmounts(a, b, standardsGap);
}
