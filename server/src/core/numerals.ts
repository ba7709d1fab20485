/**
 * Numerals as written in finance text: ASCII and full-width digits, Chinese numerals
 * (三千一百亿, 两, 十) and the magnitude characters 十/百/千/万/萬/亿/億. Values are exact decimals.
 */
import { Decimal } from './decimal';

const chineseDigitValues: ReadonlyMap<string, number> = new Map([
  ['〇', 0],
  ['零', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['兩', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

const smallUnitValues: ReadonlyMap<string, bigint> = new Map([
  ['十', 10n],
  ['百', 100n],
  ['千', 1000n],
]);

const largeUnitValues: ReadonlyMap<string, bigint> = new Map([
  ['万', 10_000n],
  ['萬', 10_000n],
  ['亿', 100_000_000n],
  ['億', 100_000_000n],
]);

/** Value of an ASCII or full-width digit, or -1. */
export function digitValue(char: string | undefined): number {
  if (char === undefined) return -1;
  const code = char.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigit(char: string | undefined): boolean {
  return digitValue(char) >= 0;
}

/** Value of a Chinese digit character (零 … 九, 两), or -1. */
export function chineseDigitValue(char: string | undefined): number {
  return char === undefined ? -1 : chineseDigitValues.get(char) ?? -1;
}

/** True for the characters of a Chinese numeral: digits, 十/百/千 and 万/亿 in both scripts. */
export function isChineseNumeralChar(char: string | undefined): boolean {
  return char !== undefined && (chineseDigitValues.has(char) || smallUnitValues.has(char) || largeUnitValues.has(char));
}

/** The multiplier of a single magnitude character (十 → 10, 萬 → 10000), or null. */
export function magnitudeOf(char: string | undefined): bigint | null {
  if (char === undefined) return null;
  return smallUnitValues.get(char) ?? largeUnitValues.get(char) ?? null;
}

export function isLargeUnit(char: string | undefined): boolean {
  return char !== undefined && largeUnitValues.has(char);
}

/**
 * Parses a whole Chinese integer such as 三千一百亿, 十五, 两万, 一万二千, 十万 strictly: a digit must be
 * followed by a unit or end the numeral, and units inside a section must descend. Returns null for
 * sequences that are not one number (十四五, 一一, 万千).
 */
export function parseChineseInteger(text: string): bigint | null {
  if (text.length === 0) return null;
  let total = 0n;
  let section = 0n;
  let pendingDigit: bigint | null = null;
  let lastSmallUnit = 10_000n;
  let lastLargeUnit = 0n;
  let sawZero = false;
  let sawValue = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const digit = chineseDigitValue(char);
    if (digit === 0) {
      if (pendingDigit !== null) return null;
      sawZero = true;
      continue;
    }
    if (digit > 0) {
      if (pendingDigit !== null) return null;
      pendingDigit = BigInt(digit);
      sawValue = true;
      continue;
    }
    const small = smallUnitValues.get(char);
    if (small !== undefined) {
      if (pendingDigit === null) {
        // A leading 十 stands for 一十 (十五 = 15); elsewhere a unit needs its digit.
        if (small !== 10n || section !== 0n || sawZero) return null;
        pendingDigit = 1n;
      }
      if (small >= lastSmallUnit) return null;
      section += pendingDigit * small;
      lastSmallUnit = small;
      pendingDigit = null;
      sawZero = false;
      sawValue = true;
      continue;
    }
    const large = largeUnitValues.get(char);
    if (large !== undefined) {
      const sectionValue = section + (pendingDigit ?? 0n);
      if (large === 10_000n) {
        if (sectionValue === 0n || lastLargeUnit === 10_000n) return null;
        total += sectionValue * large;
        lastLargeUnit = large;
      } else {
        // 亿 scales everything before it, which makes 万亿 (10^12) come out right.
        if (sectionValue === 0n && total === 0n) return null;
        if (lastLargeUnit === 100_000_000n && sectionValue === 0n) return null;
        total = (total + sectionValue) * large;
        lastLargeUnit = large;
      }
      section = 0n;
      pendingDigit = null;
      lastSmallUnit = 10_000n;
      sawZero = false;
      continue;
    }
    return null;
  }
  if (!sawValue) return null;
  return total + section + (pendingDigit ?? 0n);
}

/** Parses Chinese decimal digits written one by one after 点 (三点五 → the "五"). */
export function parseChineseDigitString(text: string): string | null {
  let digits = '';
  for (const char of text) {
    const digit = chineseDigitValue(char);
    if (digit < 0) return null;
    digits += String(digit);
  }
  return digits.length > 0 ? digits : null;
}

/**
 * A decimal point as written: ASCII, full-width (．) or the small full stop (﹒) that some Hong Kong
 * outlets print (1﹒22%).
 */
export function isDecimalPoint(char: string | undefined): boolean {
  return char === '.' || char === '．' || char === '﹒';
}

/** A thousands separator: ASCII, or the small comma (﹐) of the same outlets (91﹐953億元). */
export function isThousandsSeparator(char: string | undefined): boolean {
  return char === ',' || char === '﹐';
}

/** Converts full-width digits and decimal point to ASCII and drops thousands separators. */
export function normaliseDigits(text: string): string {
  let result = '';
  for (const char of text) {
    const digit = digitValue(char);
    if (digit >= 0) result += String(digit);
    else if (isDecimalPoint(char)) result += '.';
  }
  return result;
}

/**
 * The step of the last stated digit of a number as written: 29.82 → 0.01, 3.6 → 0.1, 7000 → 1000,
 * 2866 → 1. Trailing zeros of an integer are taken as not stated.
 */
export function stepOfStatedDigits(written: string): Decimal {
  const dot = written.indexOf('.');
  if (dot >= 0) return Decimal.pow10(-(written.length - dot - 1));
  return stepOfInteger(BigInt(written.length > 0 ? written : '0'));
}

/** 10^(number of trailing zeros), 1 for zero. */
export function stepOfInteger(value: bigint): Decimal {
  if (value === 0n) return Decimal.ONE;
  let zeros = 0;
  let rest = value < 0n ? -value : value;
  while (rest % 10n === 0n) {
    rest /= 10n;
    zeros++;
  }
  return Decimal.pow10(zeros);
}
