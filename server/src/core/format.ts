/**
 * Canonical text for figures, periods and claim keys: what the hover, the metrics tree and the
 * command line's `explain` show. Plain strings in, plain strings out; no floats on the way.
 *
 * The words around the numbers come from a {@link FormatWords} catalogue. English is the default;
 * the server passes the catalogue of the editor's language (server/src/l10n.ts), so the core itself
 * knows no language but the one its tests and the command line read.
 */
import { Decimal } from './decimal';
import type { AsOfSource, Claim, FigureMention, Granularity, Period, Unit } from './types';
import { currencySymbol, isBaseUnit, splitUnit, unitNames, type BaseUnit } from './units';

/** The words of canonical text in one language. Amounts arrive already formatted ("¥1,600", "0.9 %"). */
export interface FormatWords {
  /** "3.82 percentage points". */
  percentagePoints(amount: string): string;
  /** The suffix of a rate's denominators: ["year"] → " per year". */
  per(denominators: readonly string[]): string;
  atLeast(amount: string): string;
  atMost(amount: string): string;
  about(amount: string): string;
  /** Both ends of a range; `low` may be a bare number when the unit is written once, after `high`. */
  between(low: string, high: string): string;
  fromTo(low: string, high: string): string;
  orMore(amount: string): string;
  upTo(amount: string): string;
  unknown: string;
  unbounded: string;
  qualifiers: Readonly<Record<FigureMention['qualifier'], string>>;
  /** Names of base units ("CNY" → "yuan (CNY)"), from the unit registry (units.ts). */
  unitNames: Readonly<Record<BaseUnit, string>>;
  /** A unit name with the measure word of a count: ("count", "家") → "count (家)". */
  withCounter(name: string, counter: string): string;
  /** A period's ISO bounds: "2024-06-01 – 2024-06-30". */
  bounds(start: string, end: string): string;
  /** A named period with its bounds: ("June 2024", bounds) → "June 2024 (2024-06-01 – 2024-06-30)". */
  named(name: string, bounds: string): string;
  month(year: string, month: number): string;
  quarter(year: string, quarter: number): string;
  half(year: string, half: number): string;
  year(year: string): string;
  asOfSources: Readonly<Record<AsOfSource, string>>;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The English words: what the command line prints and what the server answers by default. */
export const englishFormatWords: FormatWords = {
  percentagePoints: (amount) => `${amount} percentage points`,
  per: (denominators) => (denominators.length > 0 ? ` per ${denominators.join(' per ')}` : ''),
  atLeast: (amount) => `at least ${amount}`,
  atMost: (amount) => `at most ${amount}`,
  about: (amount) => `about ${amount}`,
  between: (low, high) => `between ${low} and ${high}`,
  fromTo: (low, high) => `from ${low} to ${high}`,
  orMore: (amount) => `${amount} or more`,
  upTo: (amount) => `up to ${amount}`,
  unknown: 'unknown',
  unbounded: 'unbounded',
  qualifiers: {
    exact: 'exact (to the stated precision)',
    approx: 'approximate',
    'lower-bound': 'lower bound',
    'upper-bound': 'upper bound',
    range: 'range',
  },
  unitNames: unitNames('en'),

  withCounter: (name, counter) => `${name} (${counter})`,
  bounds: (start, end) => `${start} – ${end}`,
  named: (name, bounds) => `${name} (${bounds})`,
  month: (year, month) => `${monthNames[month - 1] ?? `${year}-${String(month).padStart(2, '0')}`} ${year}`,
  quarter: (year, quarter) => `Q${quarter} ${year}`,
  half: (year, half) => `H${half} ${year}`,
  year: (year) => year,
  asOfSources: { text: 'stated in the text', 'document-date': 'taken from the document date' },
};

/** Groups the integer digits of a decimal string in threes: "1600000000000" → "1,600,000,000,000". */
export function groupDigits(decimal: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!match) return decimal;
  const integer = match[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${match[1]}${integer}${match[3] ?? ''}`;
}

/** Basis points are shown as percentage points: 382 → "3.82". */
function basisPointsToPercentagePoints(value: string): string {
  const parsed = Decimal.parse(value);
  return parsed ? parsed.div(Decimal.of(100)).toString() : value;
}

/** One amount in its unit: "¥1,600,000,000,000", "0.9 %", "3.82 percentage points", "360,000,000". */
export function formatAmount(value: string, unit: Unit, words: FormatWords = englishFormatWords): string {
  const { base, per } = splitUnit(unit);
  const perText = words.per(per);
  const symbol = isBaseUnit(base) ? currencySymbol(base) : undefined;
  if (symbol) {
    const negative = value.startsWith('-');
    return `${negative ? '-' : ''}${symbol}${groupDigits(negative ? value.slice(1) : value)}${perText}`;
  }
  switch (base) {
    case '%':
      return `${groupDigits(value)} %${perText}`;
    case 'pp':
      return `${words.percentagePoints(groupDigits(value))}${perText}`;
    case 'bp':
      return `${words.percentagePoints(groupDigits(basisPointsToPercentagePoints(value)))}${perText}`;
    case 'x':
      return `${groupDigits(value)}×${perText}`;
    case 'count':
      return `${groupDigits(value)}${perText}`;
    default:
      return `${groupDigits(value)} ${base}${perText}`;
  }
}

/** A range of two amounts, with a suffix unit written once: "between 30 and 40 %", "between ¥30 and ¥40". */
function formatBetween(low: string, high: string, unit: Unit, words: FormatWords): string {
  const { base } = splitUnit(unit);
  if ((isBaseUnit(base) && currencySymbol(base)) || unit.includes('/')) return words.between(formatAmount(low, unit, words), formatAmount(high, unit, words));
  const lowText = base === 'bp' ? basisPointsToPercentagePoints(low) : low;
  return words.between(groupDigits(lowText), formatAmount(high, unit, words));
}

/**
 * The canonical value of a figure with its qualifier in words: "at least 360,000,000",
 * "¥1,600,000,000,000", "about 0.9 %", "at most 50,000", "between 30 and 40".
 */
export function formatFigure(
  figure: Pick<FigureMention, 'value' | 'low' | 'high' | 'qualifier' | 'unit'>,
  words: FormatWords = englishFormatWords,
): string {
  const { value, low, high, qualifier, unit } = figure;
  switch (qualifier) {
    case 'lower-bound': {
      const bound = low ?? value;
      return bound === null ? words.unknown : words.atLeast(formatAmount(bound, unit, words));
    }
    case 'upper-bound': {
      const bound = high ?? value;
      return bound === null ? words.unknown : words.atMost(formatAmount(bound, unit, words));
    }
    case 'approx':
      if (value !== null) return words.about(formatAmount(value, unit, words));
      break;
    case 'range':
      if (low !== null && high !== null) return formatBetween(low, high, unit, words);
      break;
    case 'exact':
      if (value !== null) return formatAmount(value, unit, words);
      break;
  }
  return formatInterval(figure, words);
}

/** The interval a figure stands for, in words: "from 29.815 % to 29.825 %", "360,000,000 or more". */
export function formatInterval(figure: Pick<FigureMention, 'low' | 'high' | 'unit'>, words: FormatWords = englishFormatWords): string {
  const { low, high, unit } = figure;
  if (low !== null && high !== null) {
    return low === high ? formatAmount(low, unit, words) : words.fromTo(formatAmount(low, unit, words), formatAmount(high, unit, words));
  }
  if (low !== null) return words.orMore(formatAmount(low, unit, words));
  if (high !== null) return words.upTo(formatAmount(high, unit, words));
  return words.unbounded;
}

/** Words for a qualifier: "lower bound", "approximate" … */
export function describeQualifier(qualifier: FigureMention['qualifier'], words: FormatWords = englishFormatWords): string {
  return words.qualifiers[qualifier];
}

/** The unit in words, with the measure word of a count: "count (家)", "yuan (CNY) per year". */
export function describeUnit(unit: Unit, counter: string | null, words: FormatWords = englishFormatWords): string {
  const { base, per } = splitUnit(unit);
  // A unit outside the registry (from a report written by another version) is shown as it is.
  const name = `${isBaseUnit(base) ? words.unitNames[base] : base}${words.per(per)}`;
  return counter ? words.withCounter(name, counter) : name;
}

/**
 * A period in words, with its ISO bounds when it spans more than a day:
 * "2024-06-30", "June 2024 (2024-06-01 – 2024-06-30)", "Q2 2024 (…)", "H1 2024 (…)", "2022 (…)".
 */
export function formatPeriod(period: Period, granularity?: Granularity, words: FormatWords = englishFormatWords): string {
  if (period.start === period.end) return period.start;
  const bounds = words.bounds(period.start, period.end);
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  switch (granularity) {
    case 'month':
      return words.named(words.month(year, month), bounds);
    case 'quarter':
      return words.named(words.quarter(year, Math.floor((month - 1) / 3) + 1), bounds);
    case 'half':
      return words.named(words.half(year, month <= 6 ? 1 : 2), bounds);
    case 'year':
      return words.named(words.year(year), bounds);
    default:
      return bounds;
  }
}

/** Where an as-of period came from, in words. */
export function describeAsOfSource(source: AsOfSource, words: FormatWords = englishFormatWords): string {
  return words.asOfSources[source];
}

/** "微业贷 · 授信客户 · 2024-06-30": the key a claim is compared under, with its as-of period. */
export function formatClaimKey(claim: Pick<Claim, 'subject' | 'metric' | 'asOf'>, words: FormatWords = englishFormatWords): string {
  return `${claim.subject} · ${claim.metric} · ${formatPeriod(claim.asOf, undefined, words)}`;
}
