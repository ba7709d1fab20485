/**
 * Dates and periods: every date expression of a document resolved to an inclusive ISO interval
 * with its granularity. Relative expressions (今年, 上年末, a bare 3月) are resolved against the
 * date that governs their sentence or against the document date, never against today.
 */
import { throwIfCancelled, type CancellationToken } from './cancellation';
import {
  OPEN_END,
  daysInMonth,
  halfSpan,
  isoDate,
  monthSpan,
  parseIsoDay,
  pointPeriod,
  quarterSpan,
  yearSpan,
  type CalendarDay,
} from './datesCalendar';
import { detectDocumentDate as detectFromText, frontMatterDateLines } from './datesDocument';
import { scanDates, selectNonOverlapping, type Candidate, type DateScan, type Shape } from './datesScan';
import type { DateTextView } from './datesText';
import type { DateMention, DocumentDate, Granularity, Period, Span } from './types';
import type { ZoneMask } from './zoneMask';

export { OPEN_END } from './datesCalendar';
export { scanDates, type DateScan } from './datesScan';

/**
 * The document's own date: front matter `date:`, `发布时间`, a newspaper date line. `scan` is the
 * text's {@link scanDates}, when the caller also recognises the dates of the same text.
 */
export function detectDocumentDate(text: string, scan?: DateScan): DocumentDate | null {
  return detectFromText(text, scan);
}

/** How far back (in characters of the same line) a stated date governs a relative one. */
const GOVERNING_REACH = 400;
const SENTENCE_END = /[。！？!?]/g;

interface Resolved {
  candidate: Candidate;
  start: number;
  end: number;
  period: Period;
  granularity: Granularity;
  relative: boolean;
  point: boolean;
}

function shapePeriod(shape: Shape, year: number): { period: Period; granularity: Granularity; point: boolean } | null {
  switch (shape.type) {
    case 'year':
      return { period: yearSpan(year), granularity: 'year', point: false };
    case 'yearEnd':
      return { period: pointPeriod(year, 12, 31), granularity: 'day', point: true };
    case 'yearStart':
      return shape.fuzzy
        ? { period: monthSpan(year, 1, 3), granularity: 'range', point: false }
        : { period: pointPeriod(year, 1, 1), granularity: 'day', point: false };
    case 'month':
      return { period: monthSpan(year, shape.month, shape.month), granularity: 'month', point: false };
    case 'monthEnd':
      return { period: pointPeriod(year, shape.month, daysInMonth(year, shape.month)), granularity: 'day', point: true };
    case 'monthPart': {
      const from = shape.part * 10 - 9;
      const to = shape.part === 3 ? daysInMonth(year, shape.month) : shape.part * 10;
      return { period: { start: isoDate(year, shape.month, from), end: isoDate(year, shape.month, to) }, granularity: 'range', point: false };
    }
    case 'day':
      if (shape.day > daysInMonth(year, shape.month)) return null;
      return { period: pointPeriod(year, shape.month, shape.day), granularity: 'day', point: false };
    case 'months':
      return { period: monthSpan(year, shape.from, shape.to), granularity: 'range', point: false };
    case 'quarter':
      return { period: quarterSpan(year, shape.quarter), granularity: 'quarter', point: false };
    case 'quarterEnd':
      return { period: pointPeriod(year, shape.quarter * 3, daysInMonth(year, shape.quarter * 3)), granularity: 'day', point: true };
    case 'half':
      return { period: halfSpan(year, shape.half), granularity: 'half', point: false };
    case 'halfEnd':
      return { period: pointPeriod(year, shape.half * 6, daysInMonth(year, shape.half * 6)), granularity: 'day', point: true };
    case 'years':
      return { period: yearSpan(year, shape.toYear), granularity: 'range', point: false };
    case 'documentMonth':
    case 'documentQuarter':
    case 'documentDay':
      return null;
  }
}

/** Whole months from the month of one ISO date to the month of another. */
function monthsBetween(fromIso: string, toIso: string): number {
  const index = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return index(toIso) - index(fromIso);
}

/** Shapes whose year, when taken from the document date, is the last one not after it. */
const looksBack = (shape: Shape) => shape.type === 'month' || shape.type === 'monthEnd' || shape.type === 'monthPart' || shape.type === 'day' || shape.type === 'months';

class Resolver {
  private readonly resolved: Resolved[] = [];

  constructor(
    private readonly view: DateTextView,
    private readonly documentDay: CalendarDay | null,
    private readonly documentIso: string | null,
  ) {}

  /**
   * The year of the latest date stated before offset in the same or the previous sentence of the
   * same line, within reach. A target year after the document's (到2035年) governs nothing.
   */
  private governingYear(offset: number): number | null {
    for (let i = this.resolved.length - 1; i >= 0; i--) {
      const earlier = this.resolved[i]!;
      if (earlier.end > offset) continue;
      if (offset - earlier.end > GOVERNING_REACH) return null;
      const between = this.view.text.slice(earlier.end, offset);
      // The year of the previous sentence governs; without a document date to fall back on, the year of the last few
      // sentences of its line (截至2025年7月31日，…。…。截至6月末，…).
      if (between.includes('\n') || (between.match(SENTENCE_END) ?? []).length > (this.documentDay ? 1 : 3)) return null;
      // Ranges up to now and dates that were themselves counted from a governing date do not govern.
      if (earlier.candidate.extent !== 'as-written' || earlier.candidate.anchor.kind === 'governing') continue;
      // A span of years (过去六年（2019-2024年）的同期均值) is a comparison's window, not the year the text is in.
      if (earlier.period.start.slice(0, 4) !== earlier.period.end.slice(0, 4)) continue;
      const year = Number(earlier.period.end.slice(0, 4));
      return this.documentDay && year > this.documentDay.year ? null : year;
    }
    return null;
  }

  resolve(candidate: Candidate): Resolved | null {
    const { anchor } = candidate;
    // 年初 after 较/比 is the start-of-year baseline, a point, even when its year is written.
    const baseline = /(?:较|較|比|与|與)$/.test(this.view.text.slice(Math.max(0, candidate.start - 1), candidate.start));
    const shape: Shape = candidate.shape.type === 'yearStart' && baseline ? { type: 'yearStart', fuzzy: false } : candidate.shape;
    const document = this.documentDay;
    let shaped: ReturnType<typeof shapePeriod>;
    if (shape.type === 'documentDay') {
      if (!document) return null;
      // The day is in the document's month, or in the month before when it is later than the document's day.
      const index = document.year * 12 + document.month - 1 - (shape.day > document.day ? 1 : 0);
      const year = Math.floor(index / 12);
      const monthNumber = (index % 12) + 1;
      if (shape.day > daysInMonth(year, monthNumber)) return null;
      shaped = { period: pointPeriod(year, monthNumber, shape.day), granularity: 'day', point: false };
    } else if (shape.type === 'documentQuarter') {
      if (!document) return null;
      const index = document.year * 4 + Math.floor((document.month - 1) / 3) + shape.offset;
      shaped = { period: quarterSpan(Math.floor(index / 4), (index % 4) + 1), granularity: 'quarter', point: false };
    } else if (shape.type === 'documentMonth') {
      if (!document) return null;
      const index = document.year * 12 + document.month - 1 + shape.offset;
      const year = Math.floor(index / 12);
      shaped = { period: monthSpan(year, (index % 12) + 1, (index % 12) + 1), granularity: 'month', point: false };
    } else if (anchor.kind === 'absolute') {
      shaped = shapePeriod(shape, anchor.year);
    } else {
      let year: number | null = null;
      let fromDocument = false;
      if (anchor.kind === 'document') {
        year = document ? document.year + anchor.offset : null;
        fromDocument = true;
      } else {
        const governing = this.governingYear(candidate.start);
        const offset = anchor.kind === 'governing' ? anchor.offset : 0;
        const fallback = anchor.kind === 'context' || anchor.documentFallback;
        if (governing !== null) year = governing + offset;
        else if (document && fallback) {
          year = document.year + offset;
          fromDocument = anchor.kind === 'context';
        }
      }
      if (year === null) return null;
      shaped = shapePeriod(shape, year);
      if (shaped && fromDocument && this.documentIso && looksBack(shape)) {
        // Texts mention the coming weeks too, so only a month well after the document date is last year's.
        const reaches = shape.type === 'months' ? shaped.period.end : shaped.period.start;
        if (anchor.kind === 'context' && monthsBetween(this.documentIso, reaches) > 2) shaped = shapePeriod(shape, year - 1);
        // A running total of the first months cannot end after the text reporting it.
        else if (anchor.kind === 'document' && shape.type === 'months' && shaped.period.end > this.documentIso) return null;
      }
    }
    if (!shaped) return null;
    let { period, granularity } = shaped;
    let end = candidate.end;
    let relative = anchor.kind !== 'absolute' || shape.type === 'documentMonth' || shape.type === 'documentQuarter' || shape.type === 'documentDay';
    if (candidate.extent === 'since') {
      if (this.documentIso && this.documentIso >= period.start) {
        period = { start: period.start, end: this.documentIso };
        granularity = 'range';
        relative = true;
      } else {
        end = candidate.coreEnd;
      }
    } else if (candidate.extent === 'onwards') {
      period = { start: period.start, end: OPEN_END };
      granularity = 'range';
    }
    const result: Resolved = { candidate, start: candidate.start, end, period, granularity, relative, point: shaped.point };
    this.resolved.push(result);
    return result;
  }
}

const CONNECTOR = /^[ \t]{0,2}(?:至|到|-{1,2}|~|to|through|until)[ \t]{0,2}$/;

/** 2023年10月至2024年3月: two stated dates joined by 至/到/- become one range. */
function mergeRanges(items: Resolved[], view: DateTextView): Resolved[] {
  const merged: Resolved[] = [];
  for (const item of items) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.candidate.extent === 'as-written' &&
      item.candidate.extent === 'as-written' &&
      previous.period.start < item.period.start &&
      previous.period.end <= item.period.end &&
      CONNECTOR.test(view.text.slice(previous.end, item.start))
    ) {
      merged[merged.length - 1] = {
        ...previous,
        end: item.end,
        period: { start: previous.period.start, end: item.period.end },
        granularity: 'range',
        relative: previous.relative || item.relative,
        point: false,
      };
      continue;
    }
    merged.push(item);
  }
  return merged;
}

const CUT_OFF_PREFIX = /(?:截至|截止)(?:到)?[ \t\u00a0\u3000]{0,2}$|\bas (?:of|at) $/i;
// 具体到第三季度, 细化到: "down to" a period, not a cut-off.
const CUT_OFF_WORD_BEFORE = /(?:截至|截止|(?<![体體化确確])到)[ \t]{0,2}$|\bas (?:of|at) $/i;

function insideAny(span: Span, regions: readonly Span[]): boolean {
  return regions.some((region) => span.start >= region.start && span.end <= region.end);
}

/** Dates and periods, resolved to intervals; relative ones against the document date. `scan` is the text's {@link scanDates}, if made already. */
export function recogniseDates(text: string, mask: ZoneMask, documentDate: string | null, token: CancellationToken, scan: DateScan = scanDates(text)): DateMention[] {
  const { view, candidates } = scan;
  throwIfCancelled(token);

  // Front matter is usually masked as a whole, but its date lines hold real dates.
  const dateLines = frontMatterDateLines(text);
  const visible = candidates.filter((candidate) => {
    const pieces = view.originalPieces(candidate.start, candidate.end);
    const whole = view.originalSpan(candidate.start, candidate.end);
    if (insideAny(whole, dateLines)) return true;
    return !pieces.some((piece) => mask.intersects(piece.start, piece.end));
  });

  const documentDay = documentDate ? parseIsoDay(documentDate) : null;
  const documentIso = documentDay ? isoDate(documentDay.year, documentDay.month, documentDay.day) : null;
  const resolver = new Resolver(view, documentDay, documentIso);
  const resolved: Resolved[] = [];
  for (const candidate of selectNonOverlapping(visible)) {
    const result = resolver.resolve(candidate);
    if (result) resolved.push(result);
  }
  throwIfCancelled(token);

  const mentions: DateMention[] = [];
  for (const item of mergeRanges(resolved, view)) {
    let { start, end } = view.originalSpan(item.start, item.end);
    const before = text.slice(Math.max(0, start - 8), start);
    const prefix = CUT_OFF_PREFIX.exec(before);
    if (prefix) start -= prefix[0].length;
    const asOf = item.point || prefix !== null || CUT_OFF_WORD_BEFORE.test(view.text.slice(Math.max(0, item.start - 8), item.start));
    mentions.push({ kind: 'date', start, end, text: text.slice(start, end), period: item.period, granularity: item.granularity, relative: item.relative, asOf });
  }
  addExplainedToday(text, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

/** 今天(3月13日): the relative word takes the date the parenthesis gives it. */
function addExplainedToday(text: string, mentions: DateMention[]): void {
  const explained: DateMention[] = [];
  for (const mention of mentions) {
    const word = /(今天|今日)[ ]?[(（]$/.exec(text.slice(Math.max(0, mention.start - 4), mention.start));
    if (!word) continue;
    const start = mention.start - word[0].length;
    explained.push({ ...mention, start, end: start + word[1]!.length, text: word[1]!, relative: true, asOf: false });
  }
  mentions.push(...explained);
}
