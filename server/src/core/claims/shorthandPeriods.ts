/**
 * Analysts' shorthand for a period: 2024H1, 24H1, 1H24, 24Q1, 4Q24, 24Q1-3, 1~3Q24, 9M24, 2024A (a two-digit year
 * is this century's). The claims read it as a figure's stated period, and the report period from a title.
 */
import type { Period } from '../types';

export type ShorthandPart = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | '9M' | 'FY';

export interface ShorthandPeriod {
  /** Offsets into the text given to {@link shorthandPeriods}. */
  start: number;
  end: number;
  year: number;
  part: ShorthandPart;
  period: Period;
}

// 1~3Q24 (the first three quarters) and a comparison's VS before it (VS1~3Q24) are shorthand too.
const shorthandPattern = /(?:(?<![A-Za-z0-9])|(?<=(?:^|[^A-Za-z])(?:VS|vs)))(?:(20\d{2}|\d{2})\s?(H[12]|Q1\s?[-~～]\s?Q?3|9M|Q[1-4]|A)|(?:1\s?[-~～－]\s?)?([1-4])Q(\d{2})|([12])H(\d{2})|9M(\d{2}))(?![A-Za-z0-9])/g;

const quarterEnds = ['03-31', '06-30', '09-30', '12-31'];

function periodOfPart(year: number, part: ShorthandPart): Period {
  if (part === 'H1') return { start: `${year}-01-01`, end: `${year}-06-30` };
  if (part === 'H2') return { start: `${year}-07-01`, end: `${year}-12-31` };
  if (part === '9M') return { start: `${year}-01-01`, end: `${year}-09-30` };
  if (part === 'FY') return { start: `${year}-01-01`, end: `${year}-12-31` };
  // A quarter alone is that quarter, not the year to its end.
  const q = Number(part[1]);
  return { start: `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`, end: `${year}-${quarterEnds[q - 1]}` };
}

/** Every shorthand period of a text, in text order. */
export function shorthandPeriods(text: string): ShorthandPeriod[] {
  const found: ShorthandPeriod[] = [];
  for (const match of text.matchAll(shorthandPattern)) {
    const stated = Number(match[1] ?? match[4] ?? match[6] ?? match[7]);
    const year = stated < 100 ? 2000 + stated : stated;
    const written = (match[2] ?? (match[3] ? `Q${match[3]}` : match[5] ? `H${match[5]}` : '9M')).replace(/\s/g, '');
    const firstThree = match[3] === '3' && /^1\s?[-~～－]/.test(match[0]);
    const part: ShorthandPart = written === 'A' ? 'FY' : /^Q1[-~～]/.test(written) || firstThree ? '9M' : (written as ShorthandPart);
    found.push({ start: match.index, end: match.index + match[0].length, year, part, period: periodOfPart(year, part) });
  }
  return found;
}
