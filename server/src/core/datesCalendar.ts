/**
 * Calendar arithmetic for the date recogniser: ISO formatting, month lengths, the intervals that
 * years, quarters, halves and months denote, and the small Chinese numerals used in dates.
 */
import type { Period } from './types';

/** The end of a period that has a start but no stated end (2022年起, “from 2022 onwards”). */
export const OPEN_END = '9999-12-31';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function pointPeriod(year: number, month: number, day: number): Period {
  const iso = isoDate(year, month, day);
  return { start: iso, end: iso };
}

/** Whether a period is one whole calendar month (8月份, "in October"). */
export function isOneMonth(period: Period): boolean {
  if (!period.start.endsWith('-01') || period.start.slice(0, 7) !== period.end.slice(0, 7)) return false;
  const [year, month] = period.start.split('-').map(Number) as [number, number];
  return Number(period.end.slice(8)) === daysInMonth(year, month);
}

export function monthSpan(year: number, fromMonth: number, toMonth: number): Period {
  return { start: isoDate(year, fromMonth, 1), end: isoDate(year, toMonth, daysInMonth(year, toMonth)) };
}

export function yearSpan(fromYear: number, toYear: number = fromYear): Period {
  return { start: isoDate(fromYear, 1, 1), end: isoDate(toYear, 12, 31) };
}

export function quarterSpan(year: number, quarter: number): Period {
  return monthSpan(year, quarter * 3 - 2, quarter * 3);
}

export function halfSpan(year: number, half: number): Period {
  return monthSpan(year, half * 6 - 5, half * 6);
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Reads the calendar day of an ISO date (YYYY-MM-DD, optionally followed by a time). */
export function parseIsoDay(iso: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Value of a small number written in ASCII digits or Chinese numerals (一 … 九十九), as found in
 * months, days, quarters and “前十个月”. Null when the text is not such a number.
 */
export function smallNumber(text: string): number | null {
  if (/^[0-9]{1,2}$/.test(text)) return Number(text);
  if (!/^[〇零○一二两兩三四五六七八九十]{1,3}$/.test(text)) return null;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return text.length === 1 ? (CHINESE_DIGITS[text] ?? null) : null;
  if (text.indexOf('十', tenAt + 1) >= 0) return null;
  const before = text.slice(0, tenAt);
  const after = text.slice(tenAt + 1);
  if (before.length > 1 || after.length > 1) return null;
  const tens = before === '' ? 1 : (CHINESE_DIGITS[before] ?? null);
  const units = after === '' ? 0 : (CHINESE_DIGITS[after] ?? null);
  return tens === null || units === null ? null : tens * 10 + units;
}

/** A year written digit by digit in Chinese numerals (二〇二四), or null. */
export function chineseDigitYear(text: string): number | null {
  if (text.length !== 4) return null;
  let year = 0;
  for (const char of text) {
    const digit = CHINESE_DIGITS[char];
    if (digit === undefined || char === '两' || char === '兩') return null;
    year = year * 10 + digit;
  }
  return year >= 1900 && year <= 2099 ? year : null;
}

/** A two-digit year as usually meant in finance texts: 00–49 → 2000s, 50–99 → 1900s. */
export function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
}

const ENGLISH_MONTHS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number of an English month name or abbreviation (“March”, “Sept.”), or null. */
export function englishMonth(name: string): number | null {
  const index = ENGLISH_MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}
