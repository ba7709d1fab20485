/**
 * The value the month before, quoted beside the new one: 社融新增1.16万亿元，上月为新增4.20万亿元; M1同比增速为5.6%，
 * 上月为4.6%. The figure measures the metric just stated, one month earlier.
 */
import { monthSpan } from '../../datesCalendar';
import type { Period } from '../../types';

/** A clause that opens with "last month it was" (上月为, 上月是, 上月则为). */
const previousMonthOpening = /^[\s\u3000]*(?:上月|上个月|前一个月)(?:则)?(?:为|是|录得|达)[\s\u3000]*$/;

export function opensWithPreviousMonth(clauseBeforeFigure: string): boolean {
  return previousMonthOpening.test(clauseBeforeFigure);
}

/**
 * The same reading one month earlier: a month's span (2025-07-01…2025-07-31 → June) or a month's last day
 * (2025-07-31 → 2025-06-30); null for any other period, whose month before the text does not state.
 */
export function monthBefore(period: Period): Period | null {
  const [year, month] = period.end.split('-').map(Number) as [number, number];
  const own = monthSpan(year, month, month);
  const earlierYear = month === 1 ? year - 1 : year;
  const earlierMonth = month === 1 ? 12 : month - 1;
  const earlier = monthSpan(earlierYear, earlierMonth, earlierMonth);
  if (period.start === own.start && period.end === own.end) return earlier;
  if (period.start === own.end && period.end === own.end) return { start: earlier.end, end: earlier.end };
  return null;
}
